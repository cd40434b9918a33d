using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Check: validate and normalize <see cref="News"/>. <see cref="Olds"/> are the previous checked inputs
/// (empty on create). <see cref="RandomSeed"/> is the engine's seed for deterministic autonaming.</summary>
public sealed record ResourceCheckRequest(
    string Urn,
    string Name,
    string Type,
    ImmutableDictionary<string, PropertyValue> Olds,
    ImmutableDictionary<string, PropertyValue> News,
    ImmutableArray<byte> RandomSeed,
    Autonaming? Autonaming);
