using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>The deployment REST surface of fireworks-api.md §1, mapped onto <see cref="DeploymentService"/>.</summary>
internal static class DeploymentRoutes
{
    private const string Collection = "/v1/accounts/{account}/deployments";

    // One route per item: gRPC-gateway custom verbs (":undelete", ":scale") are split off by hand.
    private const string Item = Collection + "/{name}";

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
        await ResponseWriter.WriteReplyAsync(context, created, WireJson.Context.DeploymentJson).ConfigureAwait(false);
    }

    private static async Task ListAsync(HttpContext context, DeploymentService service)
    {
        var query = context.Request.Query;
        var showDeleted = QueryParameters.GetBool(query, "showDeleted");
        var mask = ReadMask.Parse(QueryParameters.GetString(query, "readMask"), WireJson.Context.DeploymentJson);
        var list = ListQuery.From(query, DeploymentService.FilterFields, DeploymentService.OrderFields, "create_time", showDeleted ? "deleted" : "");
        var page = service.List(list, showDeleted);
        var body = new ListDeploymentsResponseJson { Deployments = [.. page.Items], NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
        await ResponseWriter.WriteReplyAsync(context, body, WireJson.Context.ListDeploymentsResponseJson, mask, "deployments").ConfigureAwait(false);
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
                var mask = ReadMask.Parse(QueryParameters.GetString(request.Query, "readMask"), WireJson.Context.DeploymentJson);
                await ResponseWriter.WriteReplyAsync(context, service.Get(id), WireJson.Context.DeploymentJson, mask).ConfigureAwait(false);
                break;
            case ("PATCH", ""):
                var (body, fields) = await StrictJsonBody.ReadWithFieldsAsync(request, WireJson.Context.DeploymentJson, ct).ConfigureAwait(false);
                var update = new DeploymentUpdate(
                    body,
                    fields,
                    QueryParameters.GetString(request.Query, "updateMask") ?? QueryParameters.GetString(request.Query, "update_mask"),
                    QueryParameters.GetBool(request.Query, "skipShapeValidation"));
                await ResponseWriter.WriteReplyAsync(context, service.Update(id, update), WireJson.Context.DeploymentJson).ConfigureAwait(false);
                break;
            case ("DELETE", ""):
                service.Delete(id, QueryParameters.GetBool(request.Query, "hard"), QueryParameters.GetBool(request.Query, "ignoreChecks"));
                await ResponseWriter.WriteReplyAsync(context, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
                break;
            case ("POST", "undelete"):
                _ = await StrictJsonBody.ReadAsync(request, WireJson.Context.EmptyJson, ct).ConfigureAwait(false);
                await ResponseWriter.WriteReplyAsync(context, service.Undelete(id), WireJson.Context.DeploymentJson).ConfigureAwait(false);
                break;
            case ("PATCH", "scale"):
                var scale = await StrictJsonBody.ReadAsync(request, WireJson.Context.ScaleRequestJson, ct).ConfigureAwait(false);
                service.Scale(id, scale);
                await ResponseWriter.WriteReplyAsync(context, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
                break;
            default:
                await ResponseWriter.WriteErrorAsync(context, 404, GrpcCode.NotFound, "Not Found").ConfigureAwait(false);
                break;
        }
    }
}
