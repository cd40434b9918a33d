using Polly;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// Pipeline step that takes a slot from the shared <see cref="RequestRateLimiter"/> before each attempt. It sits
/// inside the retry (every attempt counts against the budget) and outside the attempt timeout (waiting for budget does
/// not eat into an attempt's time).
/// </summary>
internal sealed class RateLimitingStrategy(RequestRateLimiter limiter) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        try
        {
            await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException exception)
        {
            return Outcome.FromException<TResult>(exception);
        }

        return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
    }
}
