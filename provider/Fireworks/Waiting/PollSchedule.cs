namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>The delays between the polls of one wait (see <see cref="PollSettings"/>).</summary>
internal sealed class PollSchedule(PollSettings options)
{
    private TimeSpan last = TimeSpan.Zero;
    private int count;

    /// <summary>The delay before the next poll, given the time elapsed since the wait began.</summary>
    public TimeSpan Next(TimeSpan elapsed) => Next(elapsed, TimeSpan.Zero);

    /// <summary>
    /// The delay before the next poll: the schedule's own, or <paramref name="budgetInterval"/> (the rate gate's share
    /// of a short budget for this poller) when that is longer. The budget stretches this one delay only; the
    /// schedule's back-off goes on from its own interval, so polls speed up again as soon as the budget has room.
    /// </summary>
    public TimeSpan Next(TimeSpan elapsed, TimeSpan budgetInterval)
    {
        TimeSpan next;
        if (count++ == 0)
        {
            next = options.InitialInterval;
        }
        else if (elapsed < options.FastPhase)
        {
            next = options.FastInterval;
        }
        else
        {
            next = TimeSpan.FromTicks((long)(Math.Max(last.Ticks, options.FastInterval.Ticks) * options.BackoffFactor));
        }

        if (next > options.MaxInterval)
        {
            next = options.MaxInterval;
        }

        if (next < options.MinInterval)
        {
            next = options.MinInterval;
        }

        last = next;
        return budgetInterval > next ? budgetInterval : next;
    }
}
