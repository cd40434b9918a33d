using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// The read-only deployment-shape surface of fireworks-api-more.md §2.1. <c>-</c> stands for every account (and, in
/// the versions list, every shape).
/// </summary>
internal static class ShapeRoutes
{
    private const string Shapes = "/v1/accounts/{account}/deploymentShapes";

    private static readonly string[] ShapeFilterFields = ["name", "display_name", "base_model", "accelerator_type", "preset_type"];
    private static readonly string[] ShapeOrderFields = ["create_time", "update_time", "name", "display_name"];
    private static readonly string[] VersionFilterFields = ["snapshot.base_model", "latest_validated", "validated", "public"];
    private static readonly string[] VersionOrderFields = ["create_time", "name"];

    public static void Map(IEndpointRouteBuilder endpoints, ShapeStore store, ModelRegistry registry)
    {
        endpoints.MapGet(Shapes, context => DeploymentRoutes.Guard(context, () => ListShapesAsync(context, store, registry)));
        endpoints.MapGet(Shapes + "/{shape}", context => DeploymentRoutes.Guard(context, () => GetShapeAsync(context, store)));
        endpoints.MapGet(Shapes + "/{shape}/versions", context => DeploymentRoutes.Guard(context, () => ListVersionsAsync(context, store)));
        endpoints.MapGet(Shapes + "/{shape}/versions/{version}", context => DeploymentRoutes.Guard(context, () => GetVersionAsync(context, store)));
    }

    private static async Task ListShapesAsync(HttpContext context, ShapeStore store, ModelRegistry registry)
    {
        var query = context.Request.Query;
        var targetModel = QueryParameters.GetString(query, "targetModel");

        // [C] a PEFT addon matches the shapes of its base model.
        var targetBase = targetModel is { Length: > 0 } ? registry.Find(targetModel)?.BaseModel ?? targetModel : null;
        var mask = ReadMask.Parse(QueryParameters.GetString(query, "readMask"), WireJson.Context.DeploymentShapeJson);
        var list = ListQuery.From(query, ShapeFilterFields, ShapeOrderFields, "create_time", targetModel);

        // [I] a shape is listed with its latest validated content, or its latest version's when none is validated.
        var shapes = store.List(Account(context))
            .Where(s => s.Latest is not null)
            .Select(s => ShapeRenderer.Shape(s, s.LatestValidated ?? s.Latest!))
            .Where(s => targetBase is null || s.BaseModel is null || s.BaseModel == targetBase);
        var page = list.Apply(shapes, ShapeField, ShapeSortKey);
        var body = new ListDeploymentShapesResponseJson { DeploymentShapes = [.. page.Items], NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
        await ResponseWriter.WriteReplyAsync(context, body, WireJson.Context.ListDeploymentShapesResponseJson, mask, "deploymentShapes").ConfigureAwait(false);
    }

    private static async Task GetShapeAsync(HttpContext context, ShapeStore store)
    {
        var shape = RequireShape(context, store);
        var mask = ReadMask.Parse(QueryParameters.GetString(context.Request.Query, "readMask"), WireJson.Context.DeploymentShapeJson);
        var version = (QueryParameters.GetBool(context.Request.Query, "skipShapeValidation") ? shape.Latest : shape.LatestValidated)
            ?? throw ShapeStore.NoValidatedVersion(shape.Name);
        await ResponseWriter.WriteReplyAsync(context, ShapeRenderer.Shape(shape, version), WireJson.Context.DeploymentShapeJson, mask).ConfigureAwait(false);
    }

    private static async Task ListVersionsAsync(HttpContext context, ShapeStore store)
    {
        var query = context.Request.Query;
        var shapeId = (string)context.Request.RouteValues["shape"]!;
        var shapes = shapeId == "-" ? store.List(Account(context)) : [RequireShape(context, store)];
        var mask = ReadMask.Parse(QueryParameters.GetString(query, "readMask"), WireJson.Context.DeploymentShapeVersionJson);
        var list = ListQuery.From(query, VersionFilterFields, VersionOrderFields, "create_time");
        var versions = shapes.SelectMany(s => s.Versions.Select(v => ShapeRenderer.Version(s, v)));
        var page = list.Apply(versions, VersionField, VersionSortKey);
        var body = new ListDeploymentShapeVersionsResponseJson { DeploymentShapeVersions = [.. page.Items], NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
        await ResponseWriter.WriteReplyAsync(context, body, WireJson.Context.ListDeploymentShapeVersionsResponseJson, mask, "deploymentShapeVersions").ConfigureAwait(false);
    }

    private static async Task GetVersionAsync(HttpContext context, ShapeStore store)
    {
        var shape = RequireShape(context, store);
        var versionId = (string)context.Request.RouteValues["version"]!;
        var version = shape.Version(versionId) ?? throw ApiException.NotFound($"deployment shape version \"{shape.Name}/versions/{versionId}\" not found");
        var mask = ReadMask.Parse(QueryParameters.GetString(context.Request.Query, "readMask"), WireJson.Context.DeploymentShapeVersionJson);
        await ResponseWriter.WriteReplyAsync(context, ShapeRenderer.Version(shape, version), WireJson.Context.DeploymentShapeVersionJson, mask).ConfigureAwait(false);
    }

    private static string Account(HttpContext context) => (string)context.Request.RouteValues["account"]!;

    private static StoredShape RequireShape(HttpContext context, ShapeStore store)
    {
        var account = Account(context);
        var shapeId = (string)context.Request.RouteValues["shape"]!;
        var shape = account == "-"
            ? store.List("-").FirstOrDefault(s => s.ShapeId == shapeId)
            : store.Find(account, shapeId);
        return shape ?? throw ApiException.NotFound($"deployment shape \"accounts/{account}/deploymentShapes/{shapeId}\" not found");
    }

    private static string? ShapeField(DeploymentShapeJson shape, string field) => field switch
    {
        "name" => shape.Name,
        "display_name" => shape.DisplayName ?? "",
        "base_model" => shape.BaseModel ?? "",
        "accelerator_type" => shape.AcceleratorType,
        "preset_type" => shape.PresetType,
        _ => null,
    };

    private static object? ShapeSortKey(DeploymentShapeJson shape, string field) => field switch
    {
        "create_time" => Time(shape.CreateTime),
        "update_time" => Time(shape.UpdateTime),
        "name" => shape.Name,
        "display_name" => shape.DisplayName ?? "",
        _ => null,
    };

    private static string? VersionField(DeploymentShapeVersionJson version, string field) => field switch
    {
        "snapshot.base_model" => version.Snapshot?.BaseModel ?? "",
        "latest_validated" => Bool(version.LatestValidated),
        "validated" => Bool(version.Validated),
        "public" => Bool(version.Public),
        _ => null,
    };

    private static object? VersionSortKey(DeploymentShapeVersionJson version, string field) => field switch
    {
        "create_time" => Time(version.CreateTime),
        "name" => version.Name,
        _ => null,
    };

    private static DateTimeOffset? Time(string? text) => text is not null && ProtoTimestamp.TryParse(text, out var value) ? value : null;

    private static string Bool(bool? value) => value == true ? "true" : "false";
}
