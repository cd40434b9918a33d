using Polly;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// Pipeline step that passes each attempt through the account's <see cref="RequestRateLimiter"/>. It sits inside the
/// retry (every attempt counts against the budget and waits out a pause another caller's 429 started) and outside
/// the attempt timeout (waiting at the gate does not eat into an attempt's time). It reports every answer back, so
/// the gate counts the request in its window and learns from 429s.
/// </summary>
internal sealed class RateLimitingStrategy(RequestRateLimiter limiter) : ResilienceStrategy
{
    /// <summary>The poller a request belongs to, when it is a poll (see <see cref="Poller"/>).</summary>
    public static readonly ResiliencePropertyKey<Poller?> PollerKey = new("fireworks.poller");

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        context.Properties.TryGetValue(PollerKey, out var poller);
        RequestLease lease;
        try
        {
            lease = await limiter.AcquireAsync(poller, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException exception)
        {
            return Outcome.FromException<TResult>(exception);
        }

        Outcome<TResult> outcome;
        try
        {
            outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch
        {
            lease.Complete(null);
            throw;
        }

        lease.Complete(outcome.Result is HttpResponseMessage response ? response : null);
        return outcome;
    }
}
