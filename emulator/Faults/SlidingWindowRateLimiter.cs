namespace Fireworks.Emulator.Faults;

/// <summary>A requests-per-minute budget over a true sliding 60-second window. Not thread-safe: the injector locks.</summary>
internal sealed class SlidingWindowRateLimiter(int requestsPerMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> accepted = new();

    public int RequestsPerMinute { get; } = requestsPerMinute;

    /// <summary>Admits a request, or says how many seconds until the oldest admitted request leaves the window.</summary>
    public bool TryAcquire(DateTimeOffset now, out int retryAfterSeconds)
    {
        while (accepted.Count > 0 && accepted.Peek() <= now - Window)
        {
            accepted.Dequeue();
        }

        if (accepted.Count < RequestsPerMinute)
        {
            accepted.Enqueue(now);
            retryAfterSeconds = 0;
            return true;
        }

        var wait = accepted.Peek() + Window - now;
        retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return false;
    }
}
