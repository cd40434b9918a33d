using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Builds a property map from typed values: a known value is converted, an unknown one is written back as the
/// engine sent it, a null one is left out. <see cref="Build"/> wraps the secret inputs and records the defaulted ones.
/// </summary>
public sealed class InputWriter
{
    private readonly ImmutableDictionary<string, PropertyValue>.Builder _map = PropertyValue.EmptyMap.ToBuilder();

    public InputWriter Add<T>(string name, Known<T>? value, Func<T, PropertyValue> convert)
    {
        if (value is not null)
        {
            _map[name] = value.IsKnown ? convert(value.Value) : value.Raw!;
        }

        return this;
    }

    public InputWriter Add(string name, PropertyValue? value)
    {
        if (value is not null)
        {
            _map[name] = value;
        }

        return this;
    }

    /// <summary>The map; <paramref name="secrets"/> are wrapped as secrets, <paramref name="defaulted"/> recorded
    /// under <see cref="InternalKeys.Defaults"/>.</summary>
    public ImmutableDictionary<string, PropertyValue> Build(IEnumerable<string>? secrets = null,
        IEnumerable<string>? defaulted = null)
    {
        foreach (var name in secrets ?? [])
        {
            if (_map.TryGetValue(name, out var value) && !value.IsSecret)
            {
                _map[name] = PropertyValue.CreateSecret(value);
            }
        }

        var defaults = defaulted?.Order(StringComparer.Ordinal).ToList() ?? [];
        if (defaults.Count > 0)
        {
            _map[InternalKeys.Defaults] = PropertyValue.CreateList(defaults.Select(PropertyValue.Create));
        }

        return _map.ToImmutable();
    }

    public static PropertyValue Text(string value) => PropertyValue.Create(value);

    public static PropertyValue Flag(bool value) => PropertyValue.Create(value);

    public static PropertyValue Integer(int value) => PropertyValue.Create(value);

    public static PropertyValue Number(double value) => PropertyValue.Create(value);

    /// <summary>The canonical duration text (<see cref="DurationText.Format"/>).</summary>
    public static PropertyValue Duration(TimeSpan value) => PropertyValue.Create(DurationText.Format(value));

    /// <summary>The canonical timestamp text (<see cref="TimestampText.Format"/>).</summary>
    public static PropertyValue Timestamp(DateTimeOffset value) => PropertyValue.Create(TimestampText.Format(value));

    public static PropertyValue StringList(IReadOnlyList<string> items) =>
        PropertyValue.CreateList(items.Select(PropertyValue.Create));

    public static PropertyValue StringMap(IReadOnlyDictionary<string, string> entries) =>
        PropertyValue.CreateMap(entries.Select(entry => KeyValuePair.Create(entry.Key, PropertyValue.Create(entry.Value))));

    public static PropertyValue NumberMap(IReadOnlyDictionary<string, double> entries) =>
        PropertyValue.CreateMap(entries.Select(entry => KeyValuePair.Create(entry.Key, PropertyValue.Create(entry.Value))));

    public static Func<IReadOnlyDictionary<string, T>, PropertyValue> MapOf<T>(Func<T, PropertyValue> convert) =>
        entries => PropertyValue.CreateMap(entries.Select(entry => KeyValuePair.Create(entry.Key, convert(entry.Value))));
}
