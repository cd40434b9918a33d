using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Update in place: <see cref="Olds"/> are the old outputs, <see cref="OldInputs"/> the old checked inputs,
/// <see cref="News"/> the new checked inputs.</summary>
public sealed record ResourceUpdateRequest(
    string Id,
    string Urn,
    string Name,
    string Type,
    ImmutableDictionary<string, PropertyValue> Olds,
    ImmutableDictionary<string, PropertyValue> OldInputs,
    ImmutableDictionary<string, PropertyValue> News,
    TimeSpan? Timeout,
    ImmutableArray<string> IgnoreChanges,
    bool Preview);
