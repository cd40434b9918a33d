namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>A timer of <see cref="EmulatorClock"/>: a fake timer that tells the clock while it is pending.</summary>
internal sealed class EmulatorClockTimer(EmulatorClock clock, TimerCallback callback, object? state) : ITimer
{
    private ITimer? inner;
    private TimeSpan period = Timeout.InfiniteTimeSpan;

    public DateTimeOffset DueAt { get; set; }

    public void Start(TimeProvider fake, TimeSpan dueTime, TimeSpan timerPeriod)
    {
        // Registered before the inner timer exists: a fake timer due at once fires inside CreateTimer.
        period = timerPeriod;
        clock.Schedule(this, dueTime);
        inner = fake.CreateTimer(_ => Fire(), null, dueTime, timerPeriod);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        this.period = period;
        clock.Schedule(this, dueTime);
        return inner?.Change(dueTime, period) ?? false;
    }

    public void Dispose()
    {
        clock.Unschedule(this);
        inner?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Fire()
    {
        clock.Schedule(this, period);
        callback(state);
    }
}
