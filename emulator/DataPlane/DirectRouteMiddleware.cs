using System.Text.Json;
using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.DataPlane;

/// <summary>
/// The direct-route data plane: <c>POST /v1/chat/completions</c> and <c>/v1/completions</c> on a deployment's handle,
/// authorised only by one of that deployment's <c>directRouteApiKeys</c> (a control-plane key is refused).
/// </summary>
internal sealed class DirectRouteMiddleware(DeploymentService service, RandomSource random, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (DirectRouteRequest.From(context.Request) is not { } route)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (service.FindByHandle(route.Handle) is not var (deployment, json))
        {
            await ErrorAsync(context, 404, "NOT_FOUND", "not_found_error", "no deployment serves this direct-route handle").ConfigureAwait(false);
            return;
        }

        switch (deployment.Phase)
        {
            case DeploymentPhase.Creating:
                await ErrorAsync(context, 503, "UNAVAILABLE", "service_unavailable", "the deployment is not ready yet").ConfigureAwait(false);
                return;
            case not (DeploymentPhase.Ready or DeploymentPhase.Updating):
                await ErrorAsync(context, 404, "NOT_FOUND", "not_found_error", $"the deployment is {json.State}").ConfigureAwait(false);
                return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        if (key.Length == 0 || !(json.DirectRouteApiKeys ?? []).Contains(key, StringComparer.Ordinal))
        {
            await ErrorAsync(context, 401, "UNAUTHENTICATED", "authentication_error", "invalid direct-route API key").ConfigureAwait(false);
            return;
        }

        var isChat = route.Path == "/v1/chat/completions";
        if (context.Request.Method != "POST" || (!isChat && route.Path != "/v1/completions"))
        {
            await ErrorAsync(context, 404, "NOT_FOUND", "not_found_error", $"{context.Request.Method} {route.Path} is not served on a direct route").ConfigureAwait(false);
            return;
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await ErrorAsync(context, 400, "INVALID_ARGUMENT", "invalid_request_error", "the request body is not valid JSON").ConfigureAwait(false);
            return;
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            await ErrorAsync(context, 400, "INVALID_ARGUMENT", "invalid_request_error", "the request body must be a JSON object").ConfigureAwait(false);
            return;
        }

        var model = body.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : json.BaseModel ?? "";
        var created = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var id = random.NextHex(24);
        if (isChat)
        {
            await ResponseWriter.WriteJsonAsync(context, 200, CompletionResponder.Chat(deployment.Id, model, body, created, id), WireJson.Context.ChatCompletionJson).ConfigureAwait(false);
        }
        else
        {
            await ResponseWriter.WriteJsonAsync(context, 200, CompletionResponder.Text(deployment.Id, model, body, created, id), WireJson.Context.TextCompletionJson).ConfigureAwait(false);
        }
    }

    private static Task ErrorAsync(HttpContext context, int status, string code, string type, string message) =>
        ResponseWriter.WriteJsonAsync(
            context,
            status,
            new InferenceErrorJson
            {
                Error = new InferenceErrorDetailJson { Message = message, Code = code, Type = type },
                RequestId = context.Response.Headers["x-request-id"].ToString(),
            },
            WireJson.Context.InferenceErrorJson);
}
