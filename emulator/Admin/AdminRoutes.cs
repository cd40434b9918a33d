using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Hosting;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Admin;

/// <summary>
/// Test-control endpoints under <c>/admin</c>: no authentication (the emulator only listens on loopback), never
/// subject to faults, never in the request log.
/// </summary>
internal static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints, EmulatorServices services, TimeProvider timeProvider)
    {
        var deployments = services.Deployments;
        var faults = services.Faults;
        var log = services.RequestLog;
        endpoints.MapGet("/admin/deployments", context =>
        {
            var all = deployments.All();
            var body = new ListDeploymentsResponseJson { Deployments = [.. all.Select(d => d.Json)], TotalSize = all.Count };
            return ResponseWriter.WriteJsonAsync(context, 200, body, WireJson.Context.ListDeploymentsResponseJson);
        });
        endpoints.MapPost("/admin/deployments/{name}", context => DeploymentRoutes.Guard(context, async () =>
        {
            var name = (string)context.Request.RouteValues["name"]!;
            if (!name.EndsWith(":markInUse", StringComparison.Ordinal))
            {
                throw ApiException.NotFound("Not Found");
            }

            var body = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.MarkInUseJson, context.RequestAborted).ConfigureAwait(false);
            var id = name[..^":markInUse".Length];
            if (!deployments.MarkInUse(id, body.InUse ?? throw ApiException.InvalidArgument("inUse (true or false) is required")))
            {
                throw ApiException.NotFound($"deployment \"{id}\" not found");
            }

            await ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
        }));

        endpoints.MapGet("/admin/options", context => WriteOptions(context, services));
        endpoints.MapPost("/admin/options", context => DeploymentRoutes.Guard(context, async () =>
        {
            var body = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.AdminOptionsJson, context.RequestAborted).ConfigureAwait(false);
            services.Replies.UnknownOutputFields = body.UnknownOutputFields ?? services.Replies.UnknownOutputFields;
            await WriteOptions(context, services).ConfigureAwait(false);
        }));

        endpoints.MapPost("/admin/models", context => DeploymentRoutes.Guard(context, async () =>
        {
            var model = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.LoraModel, context.RequestAborted).ConfigureAwait(false);
            var stored = Admit(() => services.Models.Add(model, timeProvider.GetUtcNow()));
            await ResponseWriter.WriteJsonAsync(context, 200, model with { Name = stored.Name }, WireJson.Context.LoraModel).ConfigureAwait(false);
        }));
        endpoints.MapPost("/admin/deploymentShapes", context => DeploymentRoutes.Guard(context, async () =>
        {
            var shape = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.DeploymentShapeDefinition, context.RequestAborted).ConfigureAwait(false);
            Admit(() => services.Shapes.Add(shape, timeProvider.GetUtcNow()));
            await ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson).ConfigureAwait(false);
        }));

        endpoints.MapGet("/admin/faults", context => WriteFaults(context, services));
        endpoints.MapPost("/admin/faults", context => DeploymentRoutes.Guard(context, async () =>
        {
            var rule = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.FaultRule, context.RequestAborted).ConfigureAwait(false);
            Admit(() => faults.Add(rule));
            await WriteFaults(context, services).ConfigureAwait(false);
        }));
        endpoints.MapDelete("/admin/faults", context =>
        {
            faults.Clear();
            return WriteFaults(context, services);
        });

        endpoints.MapGet("/admin/requests", context => ResponseWriter.WriteJsonAsync(
            context, 200, log.Snapshot(), WireJson.Context.ListRequestLogEntry));
        endpoints.MapDelete("/admin/requests", context =>
        {
            log.Clear();
            return ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson);
        });

        endpoints.MapPost("/admin/reset", context =>
        {
            services.Reset();
            return ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson);
        });
    }

    /// <summary>Runs an admin change whose malformed input is an <see cref="ArgumentException"/>, as a 400.</summary>
    private static void Admit(Action change) => Admit(() =>
    {
        change();
        return 0;
    });

    private static T Admit<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (ArgumentException error)
        {
            throw ApiException.InvalidArgument(error.Message);
        }
    }

    private static Task WriteOptions(HttpContext context, EmulatorServices services) =>
        ResponseWriter.WriteJsonAsync(context, 200, new AdminOptionsJson { UnknownOutputFields = services.Replies.UnknownOutputFields }, WireJson.Context.AdminOptionsJson);

    private static Task WriteFaults(HttpContext context, EmulatorServices services) =>
        ResponseWriter.WriteJsonAsync(context, 200, services.Faults.Snapshot(), WireJson.Context.ListFaultRule);
}
