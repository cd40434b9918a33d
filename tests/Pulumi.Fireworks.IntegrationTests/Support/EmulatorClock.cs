using Microsoft.Extensions.Time.Testing;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>
/// One fake clock shared by the emulator and the client. It knows which timers are pending, so
/// <see cref="RunAsync{T}"/> can move time forward exactly when the operation waits on the clock (a retry backoff, a
/// Retry-After, a rate-limit wait, a poll interval) and never while a request is on the wire. No real time passes in
/// a test beyond the loopback round trips themselves.
/// </summary>
/// <remarks>
/// Only timers with a finite due time count as "waiting": a client built with infinite timeouts (see
/// <see cref="EmulatorSession"/>) then creates timers only for the waits it is blocked on.
/// </remarks>
internal sealed class EmulatorClock : TimeProvider
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider fake;
    private readonly object gate = new();
    private readonly HashSet<EmulatorClockTimer> pending = [];
    private TaskCompletionSource? timerPending;

    public EmulatorClock(DateTimeOffset start) => fake = new FakeTimeProvider(start);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new EmulatorClockTimer(this, callback, state);
        timer.Start(fake, dueTime, period);
        return timer;
    }

    /// <summary>
    /// Runs <paramref name="operation"/>, advancing the clock to the next pending timer whenever the operation waits
    /// on one. Fails (instead of hanging) if the operation neither finishes nor waits on the clock for 30 s.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        var task = operation();
        while (!task.IsCompleted)
        {
            try
            {
                await Task.WhenAny(task, WhenTimerPending()).WaitAsync(StallLimit);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"The operation neither completed nor waited on the clock within {StallLimit.TotalSeconds} s.");
            }

            if (!task.IsCompleted)
            {
                AdvanceToNextTimer();
            }
        }

        return await task;
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<Task> operation) => RunAsync(async () =>
    {
        await operation();
        return true;
    });

    internal void Schedule(EmulatorClockTimer timer, TimeSpan dueTime)
    {
        lock (gate)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                pending.Remove(timer);
                return;
            }

            timer.DueAt = fake.GetUtcNow() + dueTime;
            pending.Add(timer);
            timerPending?.TrySetResult();
            timerPending = null;
        }
    }

    internal void Unschedule(EmulatorClockTimer timer)
    {
        lock (gate)
        {
            pending.Remove(timer);
        }
    }

    private Task WhenTimerPending()
    {
        lock (gate)
        {
            if (pending.Count > 0)
            {
                return Task.CompletedTask;
            }

            timerPending ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return timerPending.Task;
        }
    }

    private void AdvanceToNextTimer()
    {
        TimeSpan step;
        lock (gate)
        {
            if (pending.Count == 0)
            {
                return;
            }

            var next = pending.Min(t => t.DueAt);
            step = next - fake.GetUtcNow();
        }

        // Timer callbacks run inside Advance; at least one tick so a timer due "now" fires too.
        fake.Advance(step > TimeSpan.Zero ? step : TimeSpan.FromTicks(1));
    }
}
