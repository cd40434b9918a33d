using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public class RequestRateLimiterTests
{
    [Fact]
    public void Acquire_WithinBurst_DoesNotWait()
    {
        var limiter = new RequestRateLimiter(6000, new FakeTimeProvider());

        for (var i = 0; i < 1000; i++)
        {
            Assert.True(limiter.AcquireAsync().IsCompleted);
        }

        Assert.False(limiter.AcquireAsync().IsCompleted);
    }

    [Fact]
    public void Acquire_OverBudget_WaitsForTheNextSlot()
    {
        using var scope = new NoSynchronizationContext();
        var time = new FakeTimeProvider();
        var limiter = new RequestRateLimiter(10, time);
        Assert.True(limiter.AcquireAsync().IsCompleted);

        var second = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromSeconds(5.9));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(second.IsCompleted);
    }

    [Fact]
    public void Acquire_Cancelled_GivesItsSlotBack()
    {
        using var scope = new NoSynchronizationContext();
        var time = new FakeTimeProvider();
        var limiter = new RequestRateLimiter(10, time);
        Assert.True(limiter.AcquireAsync().IsCompleted);
        using var cancellation = new CancellationTokenSource();

        var abandoned = limiter.AcquireAsync(cancellation.Token).AsTask();
        cancellation.Cancel();

        // Task.Delay completes a cancelled wait on the thread pool; block until the limiter has handled it.
        Assert.ThrowsAny<OperationCanceledException>(() => abandoned.GetAwaiter().GetResult());

        var next = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.True(next.IsCompleted);
    }

    [Fact]
    public void Constructor_ZeroBudget_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestRateLimiter(0, TimeProvider.System));
    }
}
