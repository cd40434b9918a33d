using System.Text.Json;
using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.DataPlane;

/// <summary>
/// The direct-route data plane: <c>POST /v1/chat/completions</c> and <c>/v1/completions</c> on a deployment's handle,
/// authorised only by one of that deployment's <c>directRouteApiKeys</c> (a control-plane key is refused).
/// </summary>
internal sealed class DirectRouteMiddleware(DeploymentService service, DeployedModelService deployedModels, RandomSource random, TimeProvider timeProvider)
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
        if (!TryResolveAddon(model, json, out var addon))
        {
            // The inference API's wording; OLD retries on exactly this text while an addon loads.
            await ErrorAsync(context, 404, "NOT_FOUND", "not_found_error", "Model not found, inaccessible, and/or not deployed").ConfigureAwait(false);
            return;
        }

        var created = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var id = random.NextHex(24);
        if (isChat)
        {
            await ResponseWriter.WriteJsonAsync(context, 200, CompletionResponder.Chat(deployment.Id, addon, model, body, created, id), WireJson.Context.ChatCompletionJson).ConfigureAwait(false);
        }
        else
        {
            await ResponseWriter.WriteJsonAsync(context, 200, CompletionResponder.Text(deployment.Id, addon, model, body, created, id), WireJson.Context.TextCompletionJson).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Which LoRA serves <paramref name="model"/> on this deployment (null: the base model). <c>&lt;model&gt;#&lt;deployment&gt;</c>,
    /// a deployed model's name, and a registered LoRA must be DEPLOYED here; the base model, with or without
    /// <c>#&lt;this deployment&gt;</c>, and any other string (e.g. <c>"any"</c>) are served by the base model.
    /// </summary>
    private bool TryResolveAddon(string model, DeploymentJson deployment, out string? addon)
    {
        addon = null;
        var hash = model.IndexOf('#', StringComparison.Ordinal);
        var modelPart = hash < 0 ? model : model[..hash];
        var deploymentPart = hash < 0 ? null : model[(hash + 1)..];
        if (deploymentPart is not null && deploymentPart != deployment.Name)
        {
            return false;
        }

        if (modelPart == deployment.BaseModel)
        {
            return true;
        }

        var namesAddon = hash >= 0 || modelPart.Contains("/deployedModels/", StringComparison.Ordinal) || deployedModels.IsLora(modelPart);
        if (!namesAddon)
        {
            return true;
        }

        addon = deployedModels.FindServing(modelPart, deploymentPart, deployment.Name!)?.Model;
        return addon is not null;
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
