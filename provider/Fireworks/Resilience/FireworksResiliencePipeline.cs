using System.Net;
using Polly;
using Polly.Retry;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// Builds the retry part of the pipeline every HTTP call runs through: total timeout → <b>retry (exponential backoff
/// with jitter, honouring Retry-After) → rate gate</b> → attempt timeout. A 429 is retried at once: the rate gate, not
/// the retry, waits out its Retry-After, for every caller of the account.
/// </summary>
/// <remarks>
/// The two timeouts live in <see cref="Http.FireworksTransport"/> as <see cref="CancellationTokenSource"/>s on the
/// injected <see cref="TimeProvider"/>: Polly.Core 8.9.1's timeout strategy does not fire on a non-system
/// <see cref="TimeProvider"/> on .NET 8+ (seen with <c>FakeTimeProvider.Advance</c>), which would leave the timeouts
/// untestable.
/// </remarks>
internal static class FireworksResiliencePipeline
{
    /// <summary>Base delay of the exponential backoff.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(0.5);

    /// <summary>Cap of a computed backoff delay.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Longest server-requested wait we honour as is; longer requests are capped here.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <param name="options">Retry count and timeouts.</param>
    /// <param name="limiter">The account's rate gate (every pipeline of a client draws from it).</param>
    /// <param name="timeProvider">Clock of the backoff.</param>
    /// <param name="randomizer">Jitter source.</param>
    /// <param name="retryOutcomeUnknown">
    /// False for requests that must not be repeated when an earlier attempt may have reached the service: only
    /// failures that prove nothing was processed are retried (<see cref="UnsentFailure"/>).
    /// </param>
    public static ResiliencePipeline<HttpResponseMessage> Build(
        FireworksClientOptions options,
        RequestRateLimiter limiter,
        TimeProvider timeProvider,
        Func<double> randomizer,
        bool retryOutcomeUnknown = true)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                Randomizer = randomizer,
                ShouldHandle = args => ValueTask.FromResult(retryOutcomeUnknown
                    ? TransientFailure.ShouldRetry(args.Outcome)
                    : UnsentFailure.ShouldRetry(args.Outcome)),
                DelayGenerator = args =>
                {
                    // After a 429 the gate holds every caller back until the server's Retry-After; waiting here as
                    // well would only lose this caller its place in the gate's queue.
                    if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
                    {
                        return ValueTask.FromResult<TimeSpan?>(TimeSpan.Zero);
                    }

                    // null = use the computed exponential backoff.
                    var requested = args.Outcome.Result is { } response ? RetryAfter.From(response, timeProvider.GetUtcNow()) : null;
                    return ValueTask.FromResult(requested is { } wait ? (TimeSpan?)(wait > MaxRetryAfter ? MaxRetryAfter : wait) : null);
                },
            });
        }

        builder.AddStrategy(_ => new RateLimitingStrategy(limiter));
        return builder.Build();
    }
}
