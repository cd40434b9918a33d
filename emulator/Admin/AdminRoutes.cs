using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.Diagnostics;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Faults;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Admin;

/// <summary>
/// Test-control endpoints under <c>/admin</c>: no authentication (the emulator only listens on loopback), never
/// subject to faults, never in the request log.
/// </summary>
internal static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints, DeploymentService deployments, FaultInjector faults, RequestLog log)
    {
        endpoints.MapGet("/admin/deployments", context =>
        {
            var all = deployments.All();
            var body = new ListDeploymentsResponseJson { Deployments = [.. all.Select(d => d.Json)], TotalSize = all.Count };
            return ResponseWriter.WriteJsonAsync(context, 200, body, WireJson.Context.ListDeploymentsResponseJson);
        });

        endpoints.MapGet("/admin/faults", context => WriteFaults(context, faults));
        endpoints.MapPost("/admin/faults", context => DeploymentRoutes.Guard(context, async () =>
        {
            var rule = await StrictJsonBody.ReadAsync(context.Request, WireJson.Context.FaultRule, context.RequestAborted).ConfigureAwait(false);
            try
            {
                faults.Add(rule);
            }
            catch (ArgumentException error)
            {
                throw ApiException.InvalidArgument(error.Message);
            }

            await WriteFaults(context, faults).ConfigureAwait(false);
        }));
        endpoints.MapDelete("/admin/faults", context =>
        {
            faults.Clear();
            return WriteFaults(context, faults);
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
            deployments.Reset();
            faults.Clear();
            log.Clear();
            return ResponseWriter.WriteJsonAsync(context, 200, new EmptyJson(), WireJson.Context.EmptyJson);
        });
    }

    private static Task WriteFaults(HttpContext context, FaultInjector faults) =>
        ResponseWriter.WriteJsonAsync(context, 200, faults.Snapshot(), WireJson.Context.ListFaultRule);
}
