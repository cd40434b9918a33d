using System.Collections.Concurrent;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// One <see cref="RequestRateLimiter"/> per base URL and account: Fireworks counts one request budget per account,
/// so every client of an account in the process must pass the same gate. The gates start at the documented ceiling;
/// each client claims its told budget on its gate for as long as it lives (the lowest claim applies).
/// </summary>
public sealed class RequestRateLimiterRegistry
{
    private readonly ConcurrentDictionary<(string BaseUrl, string AccountId), RequestRateLimiter> gates = new();

    /// <summary>The gate of <paramref name="accountId"/> at <paramref name="baseUrl"/>, created on first use.</summary>
    /// <param name="baseUrl">The control-plane URL (a trailing slash makes no difference).</param>
    /// <param name="accountId">The account.</param>
    /// <param name="timeProvider">Clock of a gate created by this call.</param>
    public RequestRateLimiter For(Uri baseUrl, string accountId, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return gates.GetOrAdd((baseUrl.AbsoluteUri.TrimEnd('/'), accountId), static (_, clock) => new RequestRateLimiter(clock), timeProvider);
    }
}
