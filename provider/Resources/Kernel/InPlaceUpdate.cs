using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>What every in-place update shares: how the PATCH's answer is judged, and the state-only changes.</summary>
public static class InPlaceUpdate
{
    /// <summary>
    /// Sends a PATCH. A certain rejection means nothing changed (a clean failure). A 409 right after the resource
    /// settled most likely answers a retried PATCH whose first attempt went through, and no answer at all proves
    /// nothing either: both are reported as an unknown outcome.
    /// </summary>
    /// <param name="send">The PATCH.</param>
    /// <param name="resource">What is updated, for the message (e.g. <c>deployment accounts/a/deployments/d</c>).</param>
    /// <param name="errors">The operation's reporter.</param>
    public static async Task<T> SendAsync<T>(Func<Task<T>> send, string resource, ErrorReporter errors)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (FireworksException exception) when (FireworksFailures.IsCertainRejection(exception) && exception.Status != 409)
        {
            throw errors.Failed(exception);
        }
        catch (Exception exception) when (exception is FireworksException or OperationCanceledException or HttpRequestException)
        {
            throw errors.Failed(ProviderErrorCode.Unknown,
                $"updating {resource}: the outcome is unknown ({exception.Message}); run `pulumi refresh`, then " +
                "`pulumi up` to apply the change again", exception);
        }
    }

    /// <summary>
    /// The answer of an update that changes only what Pulumi's state holds (knobs, query flags): the old outputs with
    /// the new values of the inputs the service does not hold, and no <c>__defaults</c>.
    /// </summary>
    public static ImmutableDictionary<string, PropertyValue> StateOnly(ImmutableDictionary<string, PropertyValue> oldOutputs,
        ImmutableDictionary<string, PropertyValue> newInputs, IEnumerable<IInputProperty> properties)
    {
        var result = oldOutputs.Remove(InternalKeys.Defaults).ToBuilder();
        foreach (var property in properties.Where(property => !property.IsHeld))
        {
            if (newInputs.TryGetValue(property.Name, out var value))
            {
                result[property.Name] = value;
            }
            else
            {
                result.Remove(property.Name);
            }
        }

        return result.ToImmutable();
    }
}
