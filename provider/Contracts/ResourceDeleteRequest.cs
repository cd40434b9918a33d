using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Delete: <see cref="Properties"/> are the last outputs, <see cref="OldInputs"/> the last checked inputs.</summary>
public sealed record ResourceDeleteRequest(
    string Id,
    string Urn,
    string Name,
    string Type,
    ImmutableDictionary<string, PropertyValue> Properties,
    ImmutableDictionary<string, PropertyValue> OldInputs,
    TimeSpan? Timeout);
