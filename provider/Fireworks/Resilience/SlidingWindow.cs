namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// The requests that may sit in the service's 60-second window. Fireworks counts a request when it arrives, some time
/// between our sending it and our reading its answer; so a request counts from when it is sent until one window
/// after its answer (or failure) came back. Whatever the latencies, no window on the service's clock then holds more
/// requests than this one ever did. Not thread-safe: <see cref="RequestRateLimiter"/> locks.
/// </summary>
internal sealed class SlidingWindow(TimeSpan span)
{
    // Answers arrive in clock order, so the queue is ordered by the time each entry leaves the window.
    private readonly Queue<(TimeSpan LeavesAt, bool Accepted)> answered = new();

    /// <summary>Requests sent and not answered yet.</summary>
    public int InFlight { get; private set; }

    /// <summary>How long an answered request stays counted.</summary>
    public TimeSpan Span => span;

    public void Start() => InFlight++;

    /// <summary>Ends a request; <paramref name="accepted"/> when the service answered it with anything but 429.</summary>
    public void Finish(TimeSpan now, bool accepted)
    {
        InFlight--;
        answered.Enqueue((now + span, accepted));
    }

    /// <summary>Requests counted at <paramref name="now"/>, in flight included.</summary>
    public int Count(TimeSpan now)
    {
        Prune(now);
        return InFlight + answered.Count;
    }

    /// <summary>Requests the service accepted (answered without 429) that are still counted.</summary>
    public int Accepted(TimeSpan now)
    {
        Prune(now);
        return answered.Count(entry => entry.Accepted);
    }

    /// <summary>When the oldest accepted request leaves the window; null when none is counted.</summary>
    public TimeSpan? OldestAcceptedLeavesAt(TimeSpan now)
    {
        Prune(now);
        foreach (var entry in answered)
        {
            if (entry.Accepted)
            {
                return entry.LeavesAt;
            }
        }

        return null;
    }

    /// <summary>When the next answered request leaves the window; null when only requests in flight are counted.</summary>
    public TimeSpan? NextLeavesAt(TimeSpan now)
    {
        Prune(now);
        return answered.Count > 0 ? answered.Peek().LeavesAt : null;
    }

    private void Prune(TimeSpan now)
    {
        while (answered.Count > 0 && answered.Peek().LeavesAt <= now)
        {
            answered.Dequeue();
        }
    }
}
