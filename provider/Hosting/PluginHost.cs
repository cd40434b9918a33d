using System.Net;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Hosting;

/// <summary>
/// The plugin process's gRPC server: Kestrel on 127.0.0.1, an OS-chosen port, cleartext HTTP/2 only. Once listening
/// it writes the port and <c>\n</c> to <see cref="PluginHostOptions.PortOutput"/> and nothing else, ever (logging
/// providers are cleared so no framework banner reaches stdout).
/// </summary>
public sealed class PluginHost : IAsyncDisposable
{
    // The engine's client accepts 400 MiB; Grpc.AspNetCore would otherwise refuse requests above 4 MB.
    private const int MaxMessageSize = 400 * 1024 * 1024;

    private readonly WebApplication _application;
    private readonly EngineLog _log;
    private readonly CancellationRoot _cancellation;
    private readonly EngineHealthProbe? _healthProbe;
    private readonly EngineHealthWatcher? _healthWatcher;

    private PluginHost(WebApplication application, EngineLog log, CancellationRoot cancellation, int port,
        EngineHealthProbe? healthProbe, EngineHealthWatcher? healthWatcher)
    {
        _application = application;
        _log = log;
        _cancellation = cancellation;
        _healthProbe = healthProbe;
        _healthWatcher = healthWatcher;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The engine log client (tells which engine address is in use).</summary>
    public EngineLog Log => _log;

    public static async Task<PluginHost> StartAsync(PluginHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The empty builder: no configuration sources, logging providers, HTTPS or IIS integration to set up before
        // the port line; Kestrel's core and routing are all a loopback h2c gRPC server needs.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = MaxMessageSize;
            grpc.MaxSendMessageSize = MaxMessageSize;
        });

        var log = new EngineLog(options.Diagnostics);
        var cancellation = new CancellationRoot();
        var provider = new FireworksProvider(options.ResourceFactory, log, options.Environment, cancellation);
        var service = new ResourceProviderService(provider, new RpcErrorFunnel(cancellation, options.Diagnostics));
        builder.Services.AddSingleton(service);

        // Our binder replaces the default one (reflection at start-up, stock parser limits): see RequestParsing.
        builder.Services.RemoveAll(typeof(IServiceMethodProvider<>));
        builder.Services.AddSingleton<IServiceMethodProvider<ResourceProviderService>>(new ResourceProviderMethods(service));

        var application = builder.Build();
        application.MapGrpcService<ResourceProviderService>();
        // SIGTERM/SIGINT stop the host; in-flight operations see the root token and return quickly.
        application.Lifetime.ApplicationStopping.Register(cancellation.Shutdown);

        await application.StartAsync(cancellationToken).ConfigureAwait(false);
        var port = ReadPort(application);
        await options.PortOutput.WriteAsync(port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n")
            .ConfigureAwait(false);
        await options.PortOutput.FlushAsync(cancellationToken).ConfigureAwait(false);

        // After the port line: nothing is logged before the engine's first call, and a Handshake that came first
        // has connected the log already.
        if (log.EngineAddress is null)
        {
            log.Connect(options.EngineAddress);
        }

        // Like the reference host, only an engine named on the command line is watched (attach mode has none).
        EngineHealthProbe? probe = null;
        EngineHealthWatcher? watcher = null;
        if (!string.IsNullOrWhiteSpace(options.EngineAddress))
        {
            probe = new EngineHealthProbe(options.EngineAddress);
            var engineAddress = options.EngineAddress;
            watcher = new EngineHealthWatcher(probe.IsEngineAliveAsync, () =>
            {
                options.Diagnostics.WriteLine(
                    $"pulumi-resource-fireworks: the engine at {engineAddress} no longer answers health checks; shutting down");
                application.Lifetime.StopApplication();
            }, options.TimeProvider);
            watcher.Start();
        }

        return new PluginHost(application, log, cancellation, port, probe, watcher);
    }

    /// <summary>Completes when the process is asked to stop (SIGTERM, SIGINT) or <see cref="StopAsync"/> runs.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) =>
        _application.WaitForShutdownAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _application.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_healthWatcher is not null)
        {
            await _healthWatcher.DisposeAsync().ConfigureAwait(false);
        }

        _healthProbe?.Dispose();
        await _application.DisposeAsync().ConfigureAwait(false);
        _log.Dispose();
        _cancellation.Dispose();
    }

    private static int ReadPort(WebApplication application)
    {
        var addresses = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses");
        var address = addresses.Addresses.Single();
        return new Uri(address).Port;
    }
}
