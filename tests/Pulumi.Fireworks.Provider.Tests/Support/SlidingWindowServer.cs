namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// A fake account limit as the service applies it: a sliding 60-second window counted on arrival; a request beyond
/// it is answered 429 with Retry-After (whole seconds until the oldest accepted request leaves the window).
/// </summary>
internal sealed class SlidingWindowServer(TimeProvider time, int requestsPerMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> accepted = new();
    private readonly List<DateTimeOffset> arrivals = [];

    public int RequestsPerMinute { get; set; } = requestsPerMinute;

    public int Throttled { get; private set; }

    /// <summary>Arrival times of the accepted requests.</summary>
    public IReadOnlyList<DateTimeOffset> Arrivals => arrivals;

    public HttpResponseMessage Receive()
    {
        var now = time.GetUtcNow();
        while (accepted.Count > 0 && accepted.Peek() <= now - Window)
        {
            accepted.Dequeue();
        }

        if (accepted.Count >= RequestsPerMinute)
        {
            Throttled++;
            return GateAnswers.Throttled(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((accepted.Peek() + Window - now).TotalSeconds))));
        }

        accepted.Enqueue(now);
        arrivals.Add(now);
        return GateAnswers.Ok();
    }
}
