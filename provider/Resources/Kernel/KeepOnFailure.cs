using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The step after Fireworks accepted a create (or an update): the resource exists, so however the wait for its
/// target ends short of it — a failure the service reports, the timeout, a failed poll, cancellation — the answer is
/// a partial failure carrying the id and the best outputs known (<see cref="PartialFailure.WithBestOutputsAsync{T}"/>),
/// never a plain error that would orphan it. What to tell the user is the resource's to say, per exception.
/// </summary>
/// <param name="id">The resource's id.</param>
/// <param name="read">Reads the resource once more for the outputs (best effort).</param>
/// <param name="outputs">The outputs of a record (null: none), falling back to the inputs.</param>
/// <param name="checkedInputs">The inputs the engine records with the partial state.</param>
/// <param name="errors">Redacts the reasons.</param>
/// <param name="timeProvider">Clock of the best-effort read.</param>
public sealed class KeepOnFailure<T>(
    string id,
    Func<CancellationToken, Task<T?>> read,
    Func<T?, ImmutableDictionary<string, PropertyValue>> outputs,
    ImmutableDictionary<string, PropertyValue> checkedInputs,
    ErrorReporter errors,
    TimeProvider timeProvider)
    where T : class
{
    /// <summary>Runs <paramref name="wait"/>; any exception it ends with becomes the partial failure.</summary>
    /// <param name="wait">The wait for the target.</param>
    /// <param name="explain">Why the wait stopped, per exception; it may throw a clean error itself (e.g. nothing is left).</param>
    /// <param name="lastKnown">The record known before the wait (the create's answer), for the outputs.</param>
    /// <param name="cancellationToken">Cancels the wait (the partial failure is still answered).</param>
    public async Task<T?> WaitAsync(Func<CancellationToken, Task<T?>> wait, Func<Exception, StoppedWait<T>> explain,
        T? lastKnown, CancellationToken cancellationToken)
    {
        StoppedWait<T> stopped;
        Exception cause;
        try
        {
            return await wait(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or ResourceInitializationException))
        {
            stopped = explain(exception);
            cause = exception;
        }

        throw await PartialFailure.WithBestOutputsAsync(id, read, stopped.LastSeen ?? lastKnown, outputs, checkedInputs,
            errors.Redact(stopped.Reason), cause, timeProvider, cancellationToken).ConfigureAwait(false);
    }
}
