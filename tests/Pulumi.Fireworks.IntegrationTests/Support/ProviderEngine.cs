using System.Net;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>
/// A stand-in for the Pulumi engine's gRPC server: it receives the provider's <c>Log</c> calls, so a test can wait
/// for the provider to report progress (for example, to cancel while it is waiting) instead of sleeping.
/// </summary>
internal sealed class ProviderEngine : IAsyncDisposable
{
    private readonly WebApplication _application;
    private readonly LogService _service;

    private ProviderEngine(WebApplication application, LogService service, string address)
    {
        _application = application;
        _service = service;
        Address = address;
    }

    /// <summary><c>127.0.0.1:port</c>, as the engine passes it in Handshake.</summary>
    public string Address { get; }

    public IReadOnlyList<LogRequest> Logs => _service.Snapshot();

    public static async Task<ProviderEngine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var service = new LogService();
        builder.Services.AddSingleton(service);
        var application = builder.Build();
        application.MapGrpcService<LogService>();
        await application.StartAsync();
        var address = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ProviderEngine(application, service, new Uri(address).Authority);
    }

    /// <summary>Completes with the first log message (past or future) that matches.</summary>
    public Task<LogRequest> WaitForLogAsync(Func<LogRequest, bool> match) => _service.WaitAsync(match);

    public async ValueTask DisposeAsync()
    {
        await _application.StopAsync();
        await _application.DisposeAsync();
    }

    internal sealed class LogService : Engine.EngineBase
    {
        private readonly Lock _gate = new();
        private readonly List<LogRequest> _logs = [];
        private readonly List<(Func<LogRequest, bool> Match, TaskCompletionSource<LogRequest> Done)> _waiters = [];

        public IReadOnlyList<LogRequest> Snapshot()
        {
            lock (_gate)
            {
                return [.. _logs];
            }
        }

        public Task<LogRequest> WaitAsync(Func<LogRequest, bool> match)
        {
            lock (_gate)
            {
                if (_logs.FirstOrDefault(match) is { } seen)
                {
                    return Task.FromResult(seen);
                }

                var done = new TaskCompletionSource<LogRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((match, done));
                return done.Task;
            }
        }

        public override Task<Empty> Log(LogRequest request, ServerCallContext context)
        {
            lock (_gate)
            {
                _logs.Add(request);
                foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult(request);
                }
            }

            return Task.FromResult(new Empty());
        }
    }
}
