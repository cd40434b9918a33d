using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>Writes JSON responses, control-plane replies (read mask, unknown fields) and gRPC-gateway error bodies.</summary>
internal static class ResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = WireJson.Context.Options.Encoder };

    /// <summary>Writes <paramref name="value"/> as it is (data plane, admin).</summary>
    public static async Task WriteJsonAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a control-plane reply with status 200: the read mask applies to the resource (or, with
    /// <paramref name="itemsProperty"/>, to each listed resource), and unknown output fields are added when switched on.
    /// </summary>
    public static async Task WriteReplyAsync<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo, ReadMask? mask = null, string? itemsProperty = null)
    {
        var root = JsonSerializer.SerializeToNode(value, typeInfo)!.AsObject();
        var unknown = UnknownFieldsWanted(context);
        foreach (var resource in itemsProperty is null ? [root] : root[itemsProperty]!.AsArray().Select(n => n!.AsObject()))
        {
            mask?.Apply(resource);
            if (unknown && itemsProperty is not null)
            {
                UnknownFields.AddTo(resource);
            }
        }

        if (unknown)
        {
            UnknownFields.AddTo(root);
        }

        await WriteNodeAsync(context, 200, root).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiException error) =>
        WriteErrorAsync(context, error.HttpStatus, error.Code, error.Message);

    public static Task WriteErrorAsync(HttpContext context, int status, GrpcCode code, string message)
    {
        var body = new ErrorBodyJson { Code = (int)code, Message = message };
        if (!UnknownFieldsWanted(context))
        {
            return WriteJsonAsync(context, status, body, WireJson.Context.ErrorBodyJson);
        }

        var node = JsonSerializer.SerializeToNode(body, WireJson.Context.ErrorBodyJson)!.AsObject();
        UnknownFields.AddTo(node);
        return WriteNodeAsync(context, status, node);
    }

    private static bool UnknownFieldsWanted(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/admin")
        && context.RequestServices.GetService<ReplySettings>() is { UnknownOutputFields: true };

    private static async Task WriteNodeAsync(HttpContext context, int status, JsonNode node)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions);
        node.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
