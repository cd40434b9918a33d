using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Read for refresh (state and inputs given), import (only the id) and <c>.get</c>.</summary>
public sealed record ResourceReadRequest(
    string Id,
    string Urn,
    string Name,
    string Type,
    ImmutableDictionary<string, PropertyValue> Properties,
    ImmutableDictionary<string, PropertyValue> Inputs);
