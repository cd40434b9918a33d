using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// Builds the pipeline every HTTP call runs through: total timeout → retry (exponential backoff with jitter,
/// honouring Retry-After) → rate limiter → attempt timeout.
/// </summary>
internal static class FireworksResiliencePipeline
{
    /// <summary>Base delay of the exponential backoff.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(0.5);

    /// <summary>Cap of a computed backoff delay.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Longest server-requested wait we honour as is; longer requests are capped here.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    public static ResiliencePipeline<HttpResponseMessage> Build(
        FireworksClientOptions options,
        RequestRateLimiter limiter,
        TimeProvider timeProvider,
        Func<double> randomizer)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout });
        }

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
                ShouldHandle = args => ValueTask.FromResult(TransientFailure.ShouldRetry(args.Outcome)),
                DelayGenerator = args =>
                {
                    // null = use the computed exponential backoff.
                    var requested = args.Outcome.Result is { } response ? RetryAfter.From(response, timeProvider.GetUtcNow()) : null;
                    return ValueTask.FromResult(requested is { } wait ? (TimeSpan?)(wait > MaxRetryAfter ? MaxRetryAfter : wait) : null);
                },
            });
        }

        builder.AddStrategy(_ => new RateLimitingStrategy(limiter));
        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout });
        }

        return builder.Build();
    }
}
