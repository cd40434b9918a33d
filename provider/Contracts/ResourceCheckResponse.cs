using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>The checked inputs (secrets still wrapped, unknowns kept) and any failures.</summary>
public sealed record ResourceCheckResponse(
    ImmutableDictionary<string, PropertyValue> Inputs,
    ImmutableArray<CheckFailure> Failures);
