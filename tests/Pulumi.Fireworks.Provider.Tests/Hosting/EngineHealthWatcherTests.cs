using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Hosting;

public sealed class EngineHealthWatcherTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly Queue<bool> _answers = new();
    private int _shutdowns;

    [Fact]
    public async Task Watch_BeforeTheFirstInterval_DoesNotProbe()
    {
        using var context = new NoSynchronizationContext();
        await using var watcher = StartWatcher();

        _time.Advance(EngineHealthWatcher.Interval - TimeSpan.FromSeconds(1));

        Assert.Equal(0, watcher.Probes);
    }

    [Fact]
    public async Task Watch_HealthyEngine_ProbesEveryIntervalAndKeepsRunning()
    {
        using var context = new NoSynchronizationContext();
        await using var watcher = StartWatcher();

        for (var i = 0; i < 5; i++)
        {
            _answers.Enqueue(true);
            _time.Advance(EngineHealthWatcher.Interval);
        }

        Assert.Equal(5, watcher.Probes);
        Assert.Equal(0, _shutdowns);
    }

    [Fact]
    public async Task Watch_OneFailedProbeThenHealthy_KeepsRunning()
    {
        using var context = new NoSynchronizationContext();
        await using var watcher = StartWatcher();
        _answers.Enqueue(false);
        _answers.Enqueue(true);

        _time.Advance(EngineHealthWatcher.Interval);
        _time.Advance(EngineHealthWatcher.RecheckDelay);

        Assert.Equal(2, watcher.Probes);
        Assert.Equal(0, _shutdowns);
    }

    [Fact]
    public async Task Watch_EngineGoneForTwoProbes_ShutsDownOnceAfterTheRecheck()
    {
        using var context = new NoSynchronizationContext();
        await using var watcher = StartWatcher();
        _answers.Enqueue(false);
        _answers.Enqueue(false);

        _time.Advance(EngineHealthWatcher.Interval);
        Assert.Equal(0, _shutdowns);
        _time.Advance(EngineHealthWatcher.RecheckDelay);
        _time.Advance(EngineHealthWatcher.Interval * 3);

        Assert.Equal(1, _shutdowns);
        Assert.Equal(2, watcher.Probes);
    }

    private EngineHealthWatcher StartWatcher()
    {
        var watcher = new EngineHealthWatcher(
            _ => Task.FromResult(_answers.Count == 0 || _answers.Dequeue()),
            () => _shutdowns++,
            _time);
        watcher.Start();
        return watcher;
    }
}
