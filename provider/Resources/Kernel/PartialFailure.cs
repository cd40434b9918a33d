using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The answer for a resource that exists (or may exist) but did not reach the wanted state: its id, the best outputs
/// known, and a request that the engine refresh it before the next update, so one that never took effect is dropped
/// and made again rather than updated blindly.
/// </summary>
public static class PartialFailure
{
    public static ResourceInitializationException Of(string id, ImmutableDictionary<string, PropertyValue> outputs,
        ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason, Exception? cause = null) =>
        new(id, outputs, checkedInputs, [redactedReason], cause) { RefreshBeforeUpdate = true };

    /// <summary>
    /// The partial failure with the best outputs known: the resource read once more (best effort, see
    /// <see cref="BestEffortRead"/>), else <paramref name="lastSeen"/>; <paramref name="outputs"/> turns that record
    /// (null when there is none) into outputs and falls back to the inputs when it cannot.
    /// </summary>
    public static async Task<ResourceInitializationException> WithBestOutputsAsync<T>(string id,
        Func<CancellationToken, Task<T?>> read, T? lastSeen, Func<T?, ImmutableDictionary<string, PropertyValue>> outputs,
        ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason, Exception? cause,
        TimeProvider timeProvider, CancellationToken cancellationToken)
        where T : class
    {
        var current = await BestEffortRead.TryAsync(read, timeProvider, cancellationToken).ConfigureAwait(false) ?? lastSeen;
        return Of(id, outputs(current), checkedInputs, redactedReason, cause);
    }

    /// <summary>Outputs from <paramref name="build"/>, or null when the service's answer cannot be turned into outputs.</summary>
    public static ImmutableDictionary<string, PropertyValue>? TryOutputs(Func<ImmutableDictionary<string, PropertyValue>> build)
    {
        try
        {
            return build();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
