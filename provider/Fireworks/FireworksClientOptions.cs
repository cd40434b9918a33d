using System.Reflection;
using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Fireworks;

/// <summary>
/// Settings of a <see cref="FireworksClient"/>, read once when the client is built. A class rather than a record so
/// no generated <c>ToString</c> can print the API key.
/// </summary>
public sealed class FireworksClientOptions
{
    /// <summary>Default control-plane endpoint.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.fireworks.ai");

    /// <summary>Smallest accepted <see cref="RequestsPerMinute"/> (the Fireworks budget without a payment method).</summary>
    public const int MinRequestsPerMinute = 10;

    /// <summary>Largest request budget of a Fireworks account (with a payment method): the ceiling when none is told.</summary>
    public const int MaxRequestsPerMinute = 6000;

    /// <summary>Control-plane base URL (the emulator: <c>http://127.0.0.1:{port}</c>).</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Fireworks API key, sent as a Bearer token. Required. Never appears in messages.</summary>
    public string ApiKey { get; init; } = "";

    /// <summary>Account id (the <c>{account}</c> in resource names). Required.</summary>
    public string AccountId { get; init; } = "";

    /// <summary>Time limit of one HTTP attempt. Default 60 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time limit of one call including all retries and rate-limit waits. Default 5 minutes.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after a transient failure (408, 429, 5xx, connection failure, attempt timeout). Default 5.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>
    /// The account's request budget per minute when known (told), at least <see cref="MinRequestsPerMinute"/>: no
    /// 60-second window then holds more requests. Null (the default): not told; the client starts at
    /// <see cref="MaxRequestsPerMinute"/> with at most a few requests in flight, and learns the budget from the first
    /// 429 it gets.
    /// </summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>User-Agent header value.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent();

    /// <summary>Clock for timeouts, backoff, rate limiting and waiting. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Source of uniform numbers in [0, 1) for retry jitter and generated ids. Default: a shared random.</summary>
    public Func<double>? Randomizer { get; init; }

    /// <summary>
    /// The rate gate of the account, shared by every client of that account in the process (see
    /// <see cref="RequestRateLimiterRegistry"/>); the client claims <see cref="RequestsPerMinute"/> on it while it lives.
    /// When null, the client makes its own.
    /// </summary>
    public RequestRateLimiter? RateLimiter { get; init; }

    /// <summary>HTTP handler to send through (tests use a stub). When null, a <see cref="SocketsHttpHandler"/> is created.</summary>
    public HttpMessageHandler? Transport { get; init; }

    /// <summary>Checks the settings; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("BaseUrl must be an absolute http(s) URL.", nameof(BaseUrl));
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("ApiKey is required.", nameof(ApiKey));
        }

        if (string.IsNullOrWhiteSpace(AccountId) || AccountId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("AccountId is required and must be a bare account id.", nameof(AccountId));
        }

        if (AttemptTimeout <= TimeSpan.Zero && AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("AttemptTimeout must be positive.", nameof(AttemptTimeout));
        }

        if (TotalTimeout <= TimeSpan.Zero && TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("TotalTimeout must be positive.", nameof(TotalTimeout));
        }

        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException("MaxRetries must be between 0 and 20.", nameof(MaxRetries));
        }

        if (RequestsPerMinute is < MinRequestsPerMinute or > MaxRequestsPerMinute)
        {
            throw new ArgumentException($"RequestsPerMinute must be between {MinRequestsPerMinute} and {MaxRequestsPerMinute}, or null when not known.", nameof(RequestsPerMinute));
        }
    }

    private static string DefaultUserAgent()
    {
        var version = typeof(FireworksClientOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return "pulumi-resource-fireworks/" + (plus >= 0 ? version[..plus] : version);
    }
}
