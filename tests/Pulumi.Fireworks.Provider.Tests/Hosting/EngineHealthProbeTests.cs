using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Hosting;

public sealed class EngineHealthProbeTests
{
    [Fact]
    public async Task IsEngineAlive_EngineServing_IsTrue()
    {
        await using var engine = await FakeEngineHealthServer.StartAsync(HealthCheckResponse.Types.ServingStatus.Serving);
        using var probe = new EngineHealthProbe(engine.Address);

        Assert.True(await probe.IsEngineAliveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsEngineAlive_EngineNotServing_IsFalse()
    {
        await using var engine = await FakeEngineHealthServer.StartAsync(HealthCheckResponse.Types.ServingStatus.NotServing);
        using var probe = new EngineHealthProbe(engine.Address);

        Assert.False(await probe.IsEngineAliveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsEngineAlive_EngineWithoutHealthService_CountsAsAlive()
    {
        await using var engine = await FakeEngineHealthServer.StartAsync(status: null);
        using var probe = new EngineHealthProbe(engine.Address);

        Assert.True(await probe.IsEngineAliveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsEngineAlive_NothingListening_IsFalse()
    {
        using var probe = new EngineHealthProbe($"127.0.0.1:{UnusedPort()}");

        Assert.False(await probe.IsEngineAliveAsync(CancellationToken.None));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
