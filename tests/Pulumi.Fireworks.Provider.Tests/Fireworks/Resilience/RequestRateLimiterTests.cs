using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public class RequestRateLimiterTests
{
    private static readonly TimeSpan Window = RequestRateLimiter.Window;
    private static readonly TimeSpan CountedFor = RequestRateLimiter.Window + RequestRateLimiter.SafetyMargin;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void Acquire_WithinTheBudget_GoesAtOnce()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(10, time);

        var leases = Acquire(gate, 10);
        var eleventh = gate.AcquireAsync().AsTask();

        Assert.All(leases, lease => Assert.True(lease.IsCompletedSuccessfully));
        Assert.False(eleventh.IsCompleted);
    }

    [Fact]
    public void Acquire_BeyondTheBudget_WaitsUntilTheOldestRequestLeavesTheWindow()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(10, time);
        var leases = Acquire(gate, 10);
        time.Advance(TimeSpan.FromSeconds(1));
        Answer(leases);

        var eleventh = gate.AcquireAsync().AsTask();
        time.Advance(CountedFor - Tick);
        Assert.False(eleventh.IsCompleted);
        time.Advance(Tick);

        Assert.True(eleventh.IsCompletedSuccessfully);
    }

    [Fact]
    public void Acquire_RequestsStillInFlight_CountUntilAWindowAfterTheirAnswer()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(10, time);
        var leases = Acquire(gate, 10);

        var eleventh = gate.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(eleventh.IsCompleted);
        Granted(leases[0]).Complete(GateAnswers.Ok());
        time.Advance(CountedFor - Tick);
        Assert.False(eleventh.IsCompleted);
        time.Advance(Tick);

        Assert.True(eleventh.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Window_RandomArrivalsAndLatencies_NeverHoldsMoreThanTheBudgetOnTheServicesClock(int seed)
    {
        using var scope = new NoSynchronizationContext();
        const int budget = 30;
        var random = new Random(seed);
        var gate = new RequestRateLimiter(budget, time);
        var start = time.GetUtcNow();
        var arrivals = new List<TimeSpan>();
        var calls = new List<Task>();
        var at = TimeSpan.Zero;
        for (var i = 0; i < 200; i++)
        {
            // Bursts (40% arrive together) and pauses; each request reaches the service after a random part of its
            // round trip, which is where the service counts it.
            at += random.NextDouble() < 0.4 ? TimeSpan.Zero : TimeSpan.FromSeconds(random.NextDouble() * 4);
            var toService = TimeSpan.FromMilliseconds(random.Next(0, 1500));
            var back = TimeSpan.FromMilliseconds(random.Next(0, 1500));
            var poller = random.NextDouble() < 0.5 ? new Poller() : null;
            calls.Add(CallAsync(gate, at, toService, back, poller, () => arrivals.Add(time.GetUtcNow() - start)));
        }

        for (var step = 0; step < 200_000 && !calls.TrueForAll(call => call.IsCompleted); step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully));
        var busiest = arrivals.Max(arrival => arrivals.Count(other => other > arrival - Window && other <= arrival));
        Assert.True(busiest <= budget, $"a 60 s window held {busiest} requests");
        Assert.True(busiest >= budget - 3, $"the budget was never used: at most {busiest} requests in a window");
    }

    [Fact]
    public void Throttled_RetryAfter_HoldsBackEveryOtherCaller()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(600, time);
        var throttled = Granted(gate.AcquireAsync());

        throttled.Complete(GateAnswers.Throttled(TimeSpan.FromSeconds(7)));
        var other = gate.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromSeconds(7) - Tick);
        Assert.False(other.IsCompleted);
        time.Advance(Tick);

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public void Throttled_WithoutRetryAfter_ClosesTheGateForTheDefaultPause()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(600, time);

        Granted(gate.AcquireAsync()).Complete(GateAnswers.Throttled());
        var next = gate.AcquireAsync().AsTask();
        time.Advance(RequestRateLimiter.DefaultPause - Tick);
        Assert.False(next.IsCompleted);
        time.Advance(Tick);

        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public void Throttled_HugeRetryAfter_ClosesTheGateForAtMostAMinute()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(600, time);

        Granted(gate.AcquireAsync()).Complete(GateAnswers.Throttled(TimeSpan.FromHours(1)));
        var next = gate.AcquireAsync().AsTask();
        time.Advance(RequestRateLimiter.MaxPause);

        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public void Reopened_QueuedCallers_ResumeSpreadOverTheWindow()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(30, time);
        Granted(gate.AcquireAsync()).Complete(GateAnswers.Throttled(TimeSpan.FromSeconds(10)));
        var start = time.GetUtcNow();
        var grantedAt = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            _ = gate.AcquireAsync().AsTask().ContinueWith(
                _ => grantedAt.Add(time.GetUtcNow() - start), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        for (var step = 0; step < 200; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // 30 a minute: one every 2 s once the pause is over, not all five at once.
        Assert.Equal([10, 12, 14, 16, 18], grantedAt.Select(t => (int)Math.Round(t.TotalSeconds)));
    }

    [Fact]
    public void Claim_LowerBudget_AppliesToLaterRequests()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(time);
        using var first = gate.Claim(60);
        var before = Acquire(gate, 20);

        using var reconfigured = gate.Claim(20);
        var after = gate.AcquireAsync().AsTask();

        Assert.All(before, lease => Assert.True(lease.IsCompletedSuccessfully));
        Assert.Equal(20, gate.RequestsPerMinute);
        Assert.False(after.IsCompleted);
    }

    [Fact]
    public void Claim_TwoConfigurations_LowestBudgetWinsUntilItIsWithdrawn()
    {
        var gate = new RequestRateLimiter(time);
        using var generous = gate.Claim(600);
        var strict = gate.Claim(30);

        Assert.Equal(30, gate.RequestsPerMinute);
        strict.Dispose();
        Assert.Equal(600, gate.RequestsPerMinute);
    }

    [Fact]
    public void Claim_NothingTold_LeavesTheDocumentedCeiling()
    {
        var gate = new RequestRateLimiter(time);

        using var untold = gate.Claim(null);

        Assert.Equal(6000, gate.RequestsPerMinute);
        Assert.Null(gate.LearnedRequestsPerMinute);
    }

    [Fact]
    public void Untold_BeforeAnyThrottle_KeepsAtMostFourRequestsInFlight()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(time);

        var leases = Acquire(gate, 10);
        Assert.Equal(RequestRateLimiter.UnlearnedConcurrency, leases.Count(lease => lease.IsCompleted));
        Granted(leases[0]).Complete(GateAnswers.Ok());

        Assert.Equal(RequestRateLimiter.UnlearnedConcurrency + 1, leases.Count(lease => lease.IsCompleted));
    }

    [Fact]
    public void Untold_BurstAgainstTheAccountLimit_DrawsAHandfulOf429sAndConvergesOnTheLimit()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(time);
        var server = new SlidingWindowServer(time, 30);

        var calls = Enumerable.Range(0, 60).Select(_ => SendUntilAcceptedAsync(gate, server)).ToList();
        Run(calls);

        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully));
        Assert.Equal(60, server.Arrivals.Count);
        Assert.InRange(server.Throttled, 1, RequestRateLimiter.UnlearnedConcurrency);
        Assert.Equal(30, gate.LearnedRequestsPerMinute);
    }

    [Fact]
    public void Learned_HeldBackForAQuietWindow_GrowsAgain()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(time);
        var server = new SlidingWindowServer(time, 30);
        Run(Enumerable.Range(0, 60).Select(_ => SendUntilAcceptedAsync(gate, server)).ToList());
        Assert.Equal(30, gate.LearnedRequestsPerMinute);

        // The account's limit went up: a steady demand above the learned budget makes it grow, 5% a window.
        server.RequestsPerMinute = 100;
        var throttledBefore = server.Throttled;
        Run(Enumerable.Range(0, 200).Select(_ => SendUntilAcceptedAsync(gate, server)).ToList());

        Assert.Equal(throttledBefore, server.Throttled);
        Assert.True(gate.LearnedRequestsPerMinute > 30, $"learned {gate.LearnedRequestsPerMinute}");
    }

    [Fact]
    public void Throttled_RetryAfterFarShorterThanOurWindowExplains_TeachesNothing()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(time);
        Answer(Acquire(gate, 3));
        time.Advance(TimeSpan.FromSeconds(20));

        // Our oldest request leaves the window in 40 s; a 1 s Retry-After is some other limit (or an injected fault).
        Granted(gate.AcquireAsync()).Complete(GateAnswers.Throttled(TimeSpan.FromSeconds(1)));

        Assert.Null(gate.LearnedRequestsPerMinute);
    }

    [Fact]
    public void Throttled_ToldBudgetExplainedByOurWindow_LowersTheBudgetToWhatWasAccepted()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(30, time);
        Answer(Acquire(gate, 20));
        time.Advance(TimeSpan.FromSeconds(1));

        Granted(gate.AcquireAsync()).Complete(GateAnswers.Throttled(TimeSpan.FromSeconds(59)));

        Assert.Equal(20, gate.RequestsPerMinute);
    }

    [Fact]
    public void Throttled_LateAnswerSentBeforeTheGateReacted_TeachesNothingNew()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(100, time);
        Answer(Acquire(gate, 20));
        var sentEarly = Granted(gate.AcquireAsync());
        Granted(gate.AcquireAsync()).Complete(GateAnswers.Throttled(TimeSpan.FromSeconds(60)));
        Assert.Equal(20, gate.LearnedRequestsPerMinute);

        // Answered once the window holds 5 accepted requests: a fresh 429 would now learn the minimum of 10.
        time.Advance(TimeSpan.FromSeconds(61));
        Answer(Acquire(gate, 5));
        sentEarly.Complete(GateAnswers.Throttled());

        Assert.Equal(20, gate.LearnedRequestsPerMinute);
    }

    [Fact]
    public void Polls_WaitBehindMutationsThatQueuedLater()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(10, time);
        var leases = Acquire(gate, 10);
        Granted(leases[0]).Complete(GateAnswers.Ok());
        time.Advance(TimeSpan.FromSeconds(30));
        Answer(leases.Skip(1).ToList());

        var poll = gate.AcquireAsync(new Poller(), CancellationToken.None).AsTask();
        var mutation = gate.AcquireAsync().AsTask();
        time.Advance(CountedFor - TimeSpan.FromSeconds(30));
        Assert.True(mutation.IsCompletedSuccessfully);
        Assert.False(poll.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.True(poll.IsCompletedSuccessfully);
    }

    [Fact]
    public void Polls_NeverTakeTheLastSlotOfTheWindow()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(10, time);
        Acquire(gate, 9);

        var poll = gate.AcquireAsync(new Poller(), CancellationToken.None).AsTask();
        var mutation = gate.AcquireAsync().AsTask();

        Assert.False(poll.IsCompleted);
        Assert.True(mutation.IsCompletedSuccessfully);
    }

    [Fact]
    public void Poller_BudgetWithRoom_GetsNoSuggestedInterval()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(30, time);
        var poller = new Poller();

        Granted(gate.AcquireAsync(poller, CancellationToken.None)).Complete(GateAnswers.Ok());

        Assert.Equal(TimeSpan.Zero, poller.SuggestedInterval);
    }

    [Fact]
    public void Poller_BudgetShort_IsToldItsShareOfTheWindow()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(30, time);
        var pollers = new[] { new Poller(), new Poller() };
        Acquire(gate, 27);

        foreach (var poller in pollers)
        {
            Granted(gate.AcquireAsync(poller, CancellationToken.None)).Complete(GateAnswers.Ok());
        }

        // 29 slots usable by polls (one stays free for mutations), shared by two pollers: one poll each per 60 s × 2 / 29.
        Assert.Equal(Window * 2 / 29, pollers[1].SuggestedInterval);
    }

    [Fact]
    public async Task Acquire_CancelledWhileWaiting_ThrowsAndTakesNoSlot()
    {
        using var scope = new NoSynchronizationContext();
        var gate = new RequestRateLimiter(10, time);
        Answer(Acquire(gate, 10));
        using var cancellation = new CancellationTokenSource();
        var abandoned = gate.AcquireAsync(cancellation.Token).AsTask();
        var next = gate.AcquireAsync().AsTask();

        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        time.Advance(CountedFor);

        Assert.True(next.IsCompletedSuccessfully);
        Assert.All(Acquire(gate, 9), lease => Assert.True(lease.IsCompletedSuccessfully));
    }

    [Fact]
    public void Constructor_ZeroBudget_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestRateLimiter(0, TimeProvider.System));
    }

    private static List<Task<RequestLease>> Acquire(RequestRateLimiter gate, int count) =>
        Enumerable.Range(0, count).Select(_ => gate.AcquireAsync().AsTask()).ToList();

    private static RequestLease Granted(ValueTask<RequestLease> acquire) => Granted(acquire.AsTask());

    private static RequestLease Granted(Task<RequestLease> acquire)
    {
        Assert.True(acquire.IsCompletedSuccessfully, "the gate let the request go at once");
        return acquire.Result;
    }

    private static void Answer(List<Task<RequestLease>> leases)
    {
        foreach (var lease in leases)
        {
            lease.Result.Complete(GateAnswers.Ok());
        }
    }

    private void Run(List<Task> calls)
    {
        for (var step = 0; step < 100_000 && !calls.TrueForAll(call => call.IsCompleted); step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
        }
    }

    private async Task CallAsync(RequestRateLimiter gate, TimeSpan at, TimeSpan toService, TimeSpan back, Poller? poller, Action arrived)
    {
        await Task.Delay(at, time);
        var lease = await gate.AcquireAsync(poller, CancellationToken.None);
        await Task.Delay(toService, time);
        arrived();
        await Task.Delay(back, time);
        lease.Complete(GateAnswers.Ok());
    }

    /// <summary>One caller as the retry pipeline behaves: through the gate again after every 429.</summary>
    private async Task SendUntilAcceptedAsync(RequestRateLimiter gate, SlidingWindowServer server)
    {
        while (true)
        {
            var lease = await gate.AcquireAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(10), time);
            using var answer = server.Receive();
            lease.Complete(answer);
            if (answer.IsSuccessStatusCode)
            {
                return;
            }
        }
    }
}
