using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Short builders for property maps in tests.</summary>
public static class Values
{
    public static ImmutableDictionary<string, PropertyValue> Map(params (string Key, PropertyValue Value)[] entries) =>
        PropertyValue.EmptyMap.AddRange(entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)));

    public static PropertyValue Text(string value) => PropertyValue.Create(value);

    public static PropertyValue Number(double value) => PropertyValue.Create(value);

    public static PropertyValue Secret(PropertyValue value) => PropertyValue.CreateSecret(value);
}
