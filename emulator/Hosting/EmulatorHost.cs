using System.Net;
using Fireworks.Emulator.Admin;
using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.DataPlane;
using Fireworks.Emulator.Diagnostics;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Faults;
using Fireworks.Emulator.State;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fireworks.Emulator.Hosting;

/// <summary>Builds the Kestrel application: services, the middleware order, and the routes.</summary>
internal static class EmulatorHost
{
    public static WebApplication Build(EmulatorOptions options, EmulatorServices services, bool handleSignals)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (options.LoggerProvider is { } loggerProvider)
        {
            builder.Logging.AddProvider(loggerProvider);
            builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }

        if (!handleSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        }

        builder.Services.AddSingleton(services.Replies);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http1));

        var app = builder.Build();
        var requestLog = new RequestLogMiddleware(services.RequestLog, services.Random, options.TimeProvider, app.Services.GetRequiredService<ILogger<RequestLogMiddleware>>());
        var faults = new FaultMiddleware(services.Faults, options.TimeProvider);
        var directRoute = new DirectRouteMiddleware(services.Deployments, services.DeployedModels, services.Random, options.TimeProvider);
        var auth = new AuthMiddleware(options);

        // Order: request id + log → (admin bypass) → faults → data plane → auth → control-plane routes.
        app.Use(requestLog.InvokeAsync);
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/admin"), branch =>
        {
            branch.Use(faults.InvokeAsync);
            branch.Use(directRoute.InvokeAsync);
            branch.Use(auth.InvokeAsync);
        });
        app.UseRouting();

        DeploymentRoutes.Map(app, services.Deployments);
        DeployedModelRoutes.Map(app, services.DeployedModels);
        ShapeRoutes.Map(app, services.Shapes, services.Models);
        ModelRoutes.Map(app, services.Models, services.DeployedModels);
        AccountRoutes.Map(app, options, options.TimeProvider.GetUtcNow());
        AdminRoutes.Map(app, services, options.TimeProvider);

        // gRPC-gateway answers unknown paths with a NOT_FOUND status body.
        app.MapFallback(context => ResponseWriter.WriteErrorAsync(context, 404, GrpcCode.NotFound, "Not Found"));
        return app;
    }
}
