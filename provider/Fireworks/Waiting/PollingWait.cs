using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// The polling loop of every wait, whatever it waits for: <see cref="UpdateStatusAsync"/> reads once, reports the
/// poll and judges it; <see cref="WaitAsync"/> polls on a <see cref="PollSchedule"/> until the target is reached, the
/// judge throws (a failure), the timeout passes or the token is cancelled. One instance serves one caller.
/// </summary>
/// <typeparam name="T">What a poll reads; null means "not found".</typeparam>
public sealed class PollingWait<T>
    where T : class
{
    private readonly Func<CancellationToken, Task<T?>> read;
    private readonly Func<T?, bool> reached;
    private readonly Action<T?>? polled;
    private readonly PollSettings settings;
    private readonly TimeProvider timeProvider;
    private readonly long started;

    // Rate gate: this wait's reads are polls (served after mutations); the gate tells it its share of a short budget.
    private readonly Poller poller = new();

    /// <summary>Creates a wait; the clock for its timeout starts now.</summary>
    /// <param name="read">One poll (null: not found).</param>
    /// <param name="reached">Whether a poll's result is the target; throws to end the wait with a failure.</param>
    /// <param name="settings">Schedule and timeout.</param>
    /// <param name="timeProvider">Clock of the schedule and the timeout.</param>
    /// <param name="polled">Told about every poll before it is judged (progress); may be null.</param>
    public PollingWait(Func<CancellationToken, Task<T?>> read, Func<T?, bool> reached, PollSettings settings,
        TimeProvider timeProvider, Action<T?>? polled = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(reached);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.read = read;
        this.reached = reached;
        this.polled = polled;
        this.settings = settings;
        this.timeProvider = timeProvider;
        started = timeProvider.GetTimestamp();
    }

    /// <summary>What the last poll read; null before the first poll or when it found nothing.</summary>
    public T? Current { get; private set; }

    /// <summary>True once the target was reached.</summary>
    public bool HasCompleted { get; private set; }

    /// <summary>Polls made so far.</summary>
    public int Polls { get; private set; }

    /// <summary>Time since the wait was created.</summary>
    public TimeSpan Elapsed => timeProvider.GetElapsedTime(started);

    /// <summary>Reads once, reports the poll and judges it.</summary>
    /// <returns>True when the target has been reached.</returns>
    public async Task<bool> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        T? current;
        using (poller.Enter())
        {
            current = await read(cancellationToken).ConfigureAwait(false);
        }

        Current = current;
        Polls++;
        polled?.Invoke(current);
        HasCompleted = reached(current);
        return HasCompleted;
    }

    /// <summary>Polls until the target is reached and returns what the last poll read.</summary>
    /// <param name="timedOut">The exception for a wait whose timeout passed first, given the time it ran.</param>
    /// <param name="cancellationToken">Ends the wait with <see cref="OperationCanceledException"/>.</param>
    public async Task<T?> WaitAsync(Func<TimeSpan, Exception> timedOut, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timedOut);
        var schedule = new PollSchedule(settings);
        try
        {
            while (!await UpdateStatusAsync(cancellationToken).ConfigureAwait(false))
            {
                var elapsed = Elapsed;
                var remaining = settings.Timeout - elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    throw timedOut(elapsed);
                }

                // The last poll lands on the deadline itself, so a target reached just in time still counts.
                var delay = schedule.Next(elapsed, poller.SuggestedInterval);
                await Task.Delay(delay < remaining ? delay : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return Current;
        }
        finally
        {
            // Rate gate: this wait no longer counts among the pollers sharing the budget.
            poller.Finish();
        }
    }
}
