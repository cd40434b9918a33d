using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>The live state. An empty <see cref="Id"/> tells the engine the resource is gone.</summary>
public sealed record ResourceReadResponse(
    string Id,
    ImmutableDictionary<string, PropertyValue> Properties,
    ImmutableDictionary<string, PropertyValue> Inputs)
{
    public static ResourceReadResponse Gone { get; } =
        new(string.Empty, PropertyValue.EmptyMap, PropertyValue.EmptyMap);
}
