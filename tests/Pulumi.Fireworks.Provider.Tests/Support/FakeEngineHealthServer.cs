using System.Net;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// A stand-in for the engine's gRPC server on loopback (cleartext HTTP/2) that serves <c>grpc.health.v1.Health</c>
/// with a chosen status, or no health service at all.
/// </summary>
internal sealed class FakeEngineHealthServer : IAsyncDisposable
{
    private readonly WebApplication _application;

    private FakeEngineHealthServer(WebApplication application, string address)
    {
        _application = application;
        Address = address;
    }

    /// <summary>host:port, the way the engine passes its address to a plugin.</summary>
    public string Address { get; }

    public static async Task<FakeEngineHealthServer> StartAsync(HealthCheckResponse.Types.ServingStatus? status)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var health = new HealthServiceImpl();
        if (status is { } serving)
        {
            health.SetStatus(string.Empty, serving);
            builder.Services.AddSingleton(health);
        }

        var application = builder.Build();
        if (status is not null)
        {
            application.MapGrpcService<HealthServiceImpl>();
        }

        await application.StartAsync();
        var address = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeEngineHealthServer(application, new Uri(address).Authority);
    }

    public async ValueTask DisposeAsync()
    {
        await _application.StopAsync();
        await _application.DisposeAsync();
    }
}
