using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>Writes JSON responses and gRPC-gateway error bodies.</summary>
internal static class ResponseWriter
{
    public static async Task WriteJsonAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiException error) =>
        WriteErrorAsync(context, error.HttpStatus, error.Code, error.Message);

    public static Task WriteErrorAsync(HttpContext context, int status, GrpcCode code, string message) =>
        WriteJsonAsync(context, status, new ErrorBodyJson { Code = (int)code, Message = message }, WireJson.Context.ErrorBodyJson);
}
