using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>The deployment REST surface of fireworks-api.md §1, mapped onto <see cref="DeploymentService"/>.</summary>
internal static class DeploymentRoutes
{
    private const string Collection = "/v1/accounts/{account}/deployments";

    // One route per item: gRPC-gateway custom verbs (":undelete", ":scale") are split off by hand.
    private const string Item = Collection + "/{name}";

    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public static void Map(IEndpointRouteBuilder endpoints, DeploymentService service)
    {
        endpoints.MapPost(Collection, context => Guard(context, () => CreateAsync(context, service)));
        endpoints.MapGet(Collection, context => Guard(context, () => ListAsync(context, service)));
        endpoints.MapMethods(Item, ["GET", "PATCH", "DELETE", "POST"], context => Guard(context, () => ItemAsync(context, service)));
    }

    /// <summary>Runs a handler and turns an <see cref="ApiException"/> into the gRPC-gateway error body.</summary>
    public static async Task Guard(HttpContext context, Func<Task> handler)
    {
        try
        {
            await handler().ConfigureAwait(false);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await ResponseWriter.WriteErrorAsync(context, error).ConfigureAwait(false);
        }
    }

    private static async Task CreateAsync(HttpContext context, DeploymentService service)
    {
        var query = context.Request.Query;
        var flags = new CreateFlags(
            QueryParameters.GetString(query, "deploymentId") is { Length: > 0 } id ? id : null,
            QueryParameters.GetBool(query, "validateOnly"),
            QueryParameters.GetBool(query, "skipShapeValidation"),
            QueryParameters.GetBool(query, "disableAutoDeploy"),
            QueryParameters.GetBool(query, "disableSpeculativeDecoding"),
            QueryParameters.GetBool(query, "skipImageTagValidation"));
        var body = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.DeploymentJson, context.RequestAborted).ConfigureAwait(false);
        var created = service.Create(flags, body);
        await ResponseWriter.WriteJsonAsync(context, 200, created, WireJson.Context.DeploymentJson).ConfigureAwait(false);
    }

    private static async Task ListAsync(HttpContext context, DeploymentService service)
    {
        var query = context.Request.Query;
        var pageSize = QueryParameters.GetInt(query, "pageSize") ?? 0;
        if (pageSize < 0)
        {
            throw ApiException.InvalidArgument("pageSize must not be negative");
        }

        // [C] default 50, larger values are coerced to 200. filter and readMask are accepted and ignored (documented).
        pageSize = pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
        var descending = QueryParameters.GetString(query, "orderBy")?.Trim() switch
        {
            null or "" or "create_time" or "create_time asc" => false,
            "create_time desc" => true,
            var other => throw ApiException.InvalidArgument($"unsupported orderBy \"{other}\": use create_time or create_time desc"),
        };
        var request = new ListRequest(pageSize, QueryParameters.GetString(query, "pageToken"), QueryParameters.GetBool(query, "showDeleted"), descending);
        await ResponseWriter.WriteJsonAsync(context, 200, service.List(request), WireJson.Context.ListDeploymentsResponseJson).ConfigureAwait(false);
    }

    private static async Task ItemAsync(HttpContext context, DeploymentService service)
    {
        var name = (string)context.Request.RouteValues["name"]!;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var id = colon < 0 ? name : name[..colon];
        var verb = colon < 0 ? "" : name[(colon + 1)..];
        var request = context.Request;
        var ct = context.RequestAborted;
        switch (request.Method, verb)
        {
            case ("GET", ""):
                await ResponseWriter.WriteJsonAsync(context, 200, service.Get(id), WireJson.Context.DeploymentJson).ConfigureAwait(false);
                break;
            case ("PATCH", ""):
                var body = await StrictJsonBody.ReadAsync(request, WireJson.Context.DeploymentJson, ct).ConfigureAwait(false);
                var mask = QueryParameters.GetString(request.Query, "updateMask") ?? QueryParameters.GetString(request.Query, "update_mask");
                var updated = service.Update(id, mask, body);
                await ResponseWriter.WriteJsonAsync(context, 200, updated, WireJson.Context.DeploymentJson).ConfigureAwait(false);
                break;
            case ("DELETE", ""):
                _ = QueryParameters.GetBool(request.Query, "ignoreChecks");
                service.Delete(id, QueryParameters.GetBool(request.Query, "hard"));
                await ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
                break;
            case ("POST", "undelete"):
                _ = await StrictJsonBody.ReadAsync(request, WireJson.Context.EmptyJson, ct).ConfigureAwait(false);
                await ResponseWriter.WriteJsonAsync(context, 200, service.Undelete(id), WireJson.Context.DeploymentJson).ConfigureAwait(false);
                break;
            case ("PATCH", "scale"):
                var scale = await StrictJsonBody.ReadAsync(request, WireJson.Context.ScaleRequestJson, ct).ConfigureAwait(false);
                service.Scale(id, scale);
                await ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
                break;
            default:
                await ResponseWriter.WriteErrorAsync(context, 404, GrpcCode.NotFound, "Not Found").ConfigureAwait(false);
                break;
        }
    }
}
