using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>The new resource's id (empty during preview) and its outputs (secrets wrapped).</summary>
public sealed record ResourceCreateResponse(string Id, ImmutableDictionary<string, PropertyValue> Properties);
