namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// One caller that polls (a wait for a deployment). Requests sent inside <see cref="Enter"/> are polls: the rate gate
/// serves them after mutations and one-off reads, keeps a slot free for those, and tells the poller through
/// <see cref="SuggestedInterval"/> how often it may poll while the budget is short. An <see cref="AsyncLocal{T}"/>
/// carries the tag, so the transport's signature does not change.
/// </summary>
internal sealed class Poller
{
    private static readonly AsyncLocal<Poller?> CurrentPoller = new();
    private long suggestedTicks;
    private int finished;

    /// <summary>The poller whose scope the current code runs in, or null.</summary>
    public static Poller? Current => CurrentPoller.Value;

    /// <summary>
    /// The interval between polls that keeps every active poller's share of the budget; zero while the budget has
    /// room (then the schedule's own interval applies).
    /// </summary>
    public TimeSpan SuggestedInterval
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref suggestedTicks));
        set => Volatile.Write(ref suggestedTicks, value.Ticks);
    }

    /// <summary>True once the wait ended; the gate stops counting it among the active pollers.</summary>
    public bool IsFinished => Volatile.Read(ref finished) != 0;

    /// <summary>Marks the requests sent until the scope is disposed as polls of this poller.</summary>
    public PollerScope Enter()
    {
        var previous = CurrentPoller.Value;
        CurrentPoller.Value = this;
        return new PollerScope(previous);
    }

    /// <summary>The wait is over.</summary>
    public void Finish() => Volatile.Write(ref finished, 1);

    internal static void Restore(Poller? previous) => CurrentPoller.Value = previous;
}
