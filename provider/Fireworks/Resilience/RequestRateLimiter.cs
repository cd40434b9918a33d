namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// A token bucket that keeps every request of the process under a requests-per-minute budget (Fireworks counts one
/// budget per account: 6,000 RPM with a payment method, 10 RPM without). Share one instance between clients.
/// </summary>
/// <remarks>
/// Written here rather than taken from System.Threading.RateLimiting because those limiters read the system clock and
/// run their own timers; this one runs on an injected <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// Callers reserve a token up front and wait out any deficit, which keeps the order first come, first served.
/// </remarks>
public sealed class RequestRateLimiter
{
    private readonly object gate = new();
    private readonly TimeProvider timeProvider;
    private readonly double tokensPerSecond;
    private readonly double capacity;
    private double tokens;
    private long lastRefill;

    /// <summary>Creates a limiter allowing <paramref name="requestsPerMinute"/> requests per minute.</summary>
    /// <param name="requestsPerMinute">Budget, at least 1.</param>
    /// <param name="timeProvider">Clock used for refills and waits.</param>
    public RequestRateLimiter(int requestsPerMinute, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute, 1);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
        RequestsPerMinute = requestsPerMinute;
        tokensPerSecond = requestsPerMinute / 60.0;

        // Allow a burst of ten seconds' worth of budget (at least one request), never the whole minute at once.
        capacity = Math.Max(1, requestsPerMinute / 6);
        tokens = capacity;
        lastRefill = timeProvider.GetTimestamp();
    }

    /// <summary>The configured budget.</summary>
    public int RequestsPerMinute { get; }

    /// <summary>Waits until one more request fits in the budget.</summary>
    /// <param name="cancellationToken">Cancels the wait; the reserved slot is given back.</param>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TimeSpan wait;
        lock (gate)
        {
            Refill();
            tokens -= 1;
            if (tokens >= 0)
            {
                return;
            }

            wait = TimeSpan.FromSeconds(-tokens / tokensPerSecond);
        }

        try
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (gate)
            {
                tokens += 1;
            }

            throw;
        }
    }

    private void Refill()
    {
        var now = timeProvider.GetTimestamp();
        var elapsed = timeProvider.GetElapsedTime(lastRefill, now);
        lastRefill = now;
        tokens = Math.Min(capacity, tokens + (elapsed.TotalSeconds * tokensPerSecond));
    }
}
