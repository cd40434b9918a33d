using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>
/// The resource exists but did not reach the wanted state (timeout, FAILED, cancellation, lost response).
/// The protocol adapter turns it into the <c>pulumirpc.ErrorResourceInitFailed</c> status detail so that the engine
/// records <see cref="Id"/> and the resource is never lost.
/// </summary>
public sealed class ResourceInitializationException : Exception
{
    public ResourceInitializationException(
        string id,
        ImmutableDictionary<string, PropertyValue> properties,
        ImmutableDictionary<string, PropertyValue> inputs,
        IReadOnlyList<string> reasons,
        Exception? innerException = null)
        : base(string.Join("; ", reasons), innerException)
    {
        Id = id;
        Properties = properties;
        Inputs = inputs;
        Reasons = reasons;
    }

    public string Id { get; }

    public ImmutableDictionary<string, PropertyValue> Properties { get; }

    public ImmutableDictionary<string, PropertyValue> Inputs { get; }

    public IReadOnlyList<string> Reasons { get; }

    /// <summary>
    /// Asks the engine to refresh the resource before its next update, so a resource whose state is in doubt (it
    /// may not even exist) is read again rather than updated blindly.
    /// </summary>
    public bool RefreshBeforeUpdate { get; init; }
}
