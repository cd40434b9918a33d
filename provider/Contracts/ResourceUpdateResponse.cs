using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>The outputs after the update (secrets wrapped).</summary>
public sealed record ResourceUpdateResponse(ImmutableDictionary<string, PropertyValue> Properties);
