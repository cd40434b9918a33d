using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Diff: compare the new checked inputs with the old state (<see cref="OldOutputs"/>) and the old
/// checked inputs (<see cref="OldInputs"/>).</summary>
public sealed record ResourceDiffRequest(
    string Id,
    string Urn,
    string Name,
    string Type,
    ImmutableDictionary<string, PropertyValue> OldOutputs,
    ImmutableDictionary<string, PropertyValue> OldInputs,
    ImmutableDictionary<string, PropertyValue> News,
    ImmutableArray<string> IgnoreChanges);
