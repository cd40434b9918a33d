using Grpc.Health.V1;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Hosting;

public sealed class PluginHostEngineHealthTests
{
    // Bounds how long a test waits for the host's real network probes; a hang guard, not a timing goal.
    private const int MaxRounds = 200;

    [Fact]
    public async Task Host_EngineStopsServing_ShutsItselfDown()
    {
        var time = new FakeTimeProvider();
        await using var engine = await FakeEngineHealthServer.StartAsync(HealthCheckResponse.Types.ServingStatus.NotServing);
        await using var fixture = await PluginHostFixture.StartAsync(engineAddress: engine.Address, timeProvider: time);
        var shutdown = fixture.Host.WaitForShutdownAsync();

        for (var round = 0; round < MaxRounds && !shutdown.IsCompleted; round++)
        {
            time.Advance(EngineHealthWatcher.RecheckDelay);
            await Task.WhenAny(shutdown, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        Assert.True(shutdown.IsCompleted, "the host kept running after its engine stopped serving");
        Assert.Contains("no longer answers health checks", fixture.Diagnostics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_EngineServing_KeepsRunningAcrossManyChecks()
    {
        var time = new FakeTimeProvider();
        await using var engine = await FakeEngineHealthServer.StartAsync(HealthCheckResponse.Types.ServingStatus.Serving);
        await using var fixture = await PluginHostFixture.StartAsync(engineAddress: engine.Address, timeProvider: time);
        var shutdown = fixture.Host.WaitForShutdownAsync();

        for (var round = 0; round < 10; round++)
        {
            time.Advance(EngineHealthWatcher.Interval);
            await Task.WhenAny(shutdown, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        Assert.False(shutdown.IsCompleted);
        Assert.Empty(fixture.Diagnostics.ToString());
    }
}
