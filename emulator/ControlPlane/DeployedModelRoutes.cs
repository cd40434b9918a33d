using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>The deployed-model (LoRA addon) REST surface of fireworks-api-more.md §1.1.</summary>
internal static class DeployedModelRoutes
{
    private const string Collection = "/v1/accounts/{account}/deployedModels";
    private const string Item = Collection + "/{id}";

    public static void Map(IEndpointRouteBuilder endpoints, DeployedModelService service)
    {
        endpoints.MapPost(Collection, context => DeploymentRoutes.Guard(context, async () =>
        {
            var body = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.DeployedModelJson, context.RequestAborted).ConfigureAwait(false);
            var created = service.Create(body, QueryParameters.GetBool(context.Request.Query, "replaceMergedAddon"));
            await ResponseWriter.WriteReplyAsync(context, created, WireJson.Context.DeployedModelJson).ConfigureAwait(false);
        }));
        endpoints.MapGet(Collection, context => DeploymentRoutes.Guard(context, async () =>
        {
            var query = context.Request.Query;
            var mask = ReadMask.Parse(QueryParameters.GetString(query, "readMask"), WireJson.Context.DeployedModelJson);
            var page = service.List(ListQuery.From(query, DeployedModelService.FilterFields, DeployedModelService.OrderFields, "name"));
            var body = new ListDeployedModelsResponseJson { DeployedModels = [.. page.Items], NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
            await ResponseWriter.WriteReplyAsync(context, body, WireJson.Context.ListDeployedModelsResponseJson, mask, "deployedModels").ConfigureAwait(false);
        }));
        endpoints.MapMethods(Item, ["GET", "PATCH", "DELETE"], context => DeploymentRoutes.Guard(context, () => ItemAsync(context, service)));
    }

    private static async Task ItemAsync(HttpContext context, DeployedModelService service)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var request = context.Request;
        switch (request.Method)
        {
            case "GET":
                var mask = ReadMask.Parse(QueryParameters.GetString(request.Query, "readMask"), WireJson.Context.DeployedModelJson);
                await ResponseWriter.WriteReplyAsync(context, service.Get(id), WireJson.Context.DeployedModelJson, mask).ConfigureAwait(false);
                break;
            case "PATCH":
                var (body, fields) = await StrictJsonBody.ReadWithFieldsAsync(request, WireJson.Context.DeployedModelJson, context.RequestAborted).ConfigureAwait(false);
                var updateMask = QueryParameters.GetString(request.Query, "updateMask") ?? QueryParameters.GetString(request.Query, "update_mask");
                await ResponseWriter.WriteReplyAsync(context, service.Update(id, body, fields, updateMask), WireJson.Context.DeployedModelJson).ConfigureAwait(false);
                break;
            default:
                service.Delete(id);
                await ResponseWriter.WriteReplyAsync(context, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
                break;
        }
    }
}
