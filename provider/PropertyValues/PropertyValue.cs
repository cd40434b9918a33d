using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>
/// An immutable Pulumi property value: the typed view of what travels inside <c>google.protobuf.Struct</c>.
/// Secrets and unknowns are explicit kinds so that they are never lost or guessed. Equality is structural.
/// <see cref="ToString"/> never shows the content of a secret.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly object? _value;

    private PropertyValue(PropertyValueKind kind, object? value)
    {
        Kind = kind;
        _value = value;
    }

    public PropertyValueKind Kind { get; }

    public static PropertyValue Null { get; } = new(PropertyValueKind.Null, null);

    public static PropertyValue Unknown { get; } = new(PropertyValueKind.Unknown, null);

    public static PropertyValue True { get; } = new(PropertyValueKind.Bool, true);

    public static PropertyValue False { get; } = new(PropertyValueKind.Bool, false);

    public static ImmutableDictionary<string, PropertyValue> EmptyMap { get; } =
        ImmutableDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);

    public static PropertyValue Create(bool value) => value ? True : False;

    public static PropertyValue Create(double value) => new(PropertyValueKind.Number, value);

    public static PropertyValue Create(string value) =>
        new(PropertyValueKind.String, value ?? throw new ArgumentNullException(nameof(value)));

    public static PropertyValue CreateList(IEnumerable<PropertyValue> items) =>
        new(PropertyValueKind.List, items.ToImmutableArray());

    public static PropertyValue CreateMap(IEnumerable<KeyValuePair<string, PropertyValue>> entries) =>
        new(PropertyValueKind.Map, EmptyMap.AddRange(entries));

    /// <summary>Marks <paramref name="inner"/> secret. Wrapping a secret again changes nothing.</summary>
    public static PropertyValue CreateSecret(PropertyValue inner) =>
        inner.Kind == PropertyValueKind.Secret ? inner : new(PropertyValueKind.Secret, inner);

    public static PropertyValue CreateOutput(PropertyOutput output) => new(PropertyValueKind.Output, output);

    public static PropertyValue CreateAsset(ImmutableDictionary<string, PropertyValue> fields) =>
        new(PropertyValueKind.Asset, fields);

    public static PropertyValue CreateArchive(ImmutableDictionary<string, PropertyValue> fields) =>
        new(PropertyValueKind.Archive, fields);

    public static PropertyValue CreateResourceReference(ImmutableDictionary<string, PropertyValue> fields) =>
        new(PropertyValueKind.ResourceReference, fields);

    public bool IsNull => Kind == PropertyValueKind.Null;

    /// <summary>True for the unknown value and for an output whose value is unknown.</summary>
    public bool IsUnknown =>
        Kind == PropertyValueKind.Unknown || (Kind == PropertyValueKind.Output && !((PropertyOutput)_value!).IsKnown);

    /// <summary>True for a secret and for an output marked secret (at the top level only).</summary>
    public bool IsSecret =>
        Kind == PropertyValueKind.Secret || (Kind == PropertyValueKind.Output && ((PropertyOutput)_value!).IsSecret);

    public bool TryGetBool(out bool value) => TryGet(PropertyValueKind.Bool, out value);

    public bool TryGetNumber(out double value) => TryGet(PropertyValueKind.Number, out value);

    public bool TryGetString(out string value) => TryGet(PropertyValueKind.String, out value!);

    public bool TryGetList(out ImmutableArray<PropertyValue> items) => TryGet(PropertyValueKind.List, out items);

    public bool TryGetMap(out ImmutableDictionary<string, PropertyValue> entries) =>
        TryGet(PropertyValueKind.Map, out entries!);

    public bool TryGetSecret(out PropertyValue inner) => TryGet(PropertyValueKind.Secret, out inner!);

    public bool TryGetOutput(out PropertyOutput output) => TryGet(PropertyValueKind.Output, out output!);

    /// <summary>The fields of an asset, archive or resource reference (without the signature key).</summary>
    public bool TryGetSpecialFields(out ImmutableDictionary<string, PropertyValue> fields)
    {
        if (Kind is PropertyValueKind.Asset or PropertyValueKind.Archive or PropertyValueKind.ResourceReference)
        {
            fields = (ImmutableDictionary<string, PropertyValue>)_value!;
            return true;
        }

        fields = EmptyMap;
        return false;
    }

    /// <summary>
    /// Removes secret and known-output wrappers at the top level and tells whether any of them was secret.
    /// An unknown output becomes <see cref="Unknown"/>.
    /// </summary>
    public PropertyValue Unwrap(out bool wasSecret)
    {
        wasSecret = false;
        var current = this;
        while (true)
        {
            switch (current.Kind)
            {
                case PropertyValueKind.Secret:
                    wasSecret = true;
                    current = (PropertyValue)current._value!;
                    break;
                case PropertyValueKind.Output:
                    var output = (PropertyOutput)current._value!;
                    wasSecret |= output.IsSecret;
                    if (output.Value is null)
                    {
                        return Unknown;
                    }

                    current = output.Value;
                    break;
                default:
                    return current;
            }
        }
    }

    /// <summary>True if this value or anything inside it is secret.</summary>
    public bool ContainsSecrets() => IsSecret || Children().Any(child => child.ContainsSecrets());

    /// <summary>True if this value or anything inside it is unknown.</summary>
    public bool ContainsUnknowns() => IsUnknown || Children().Any(child => child.ContainsUnknowns());

    public bool Equals(PropertyValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        return Kind switch
        {
            PropertyValueKind.Null or PropertyValueKind.Unknown => true,
            PropertyValueKind.List =>
                ((ImmutableArray<PropertyValue>)_value!).SequenceEqual((ImmutableArray<PropertyValue>)other._value!),
            PropertyValueKind.Map or PropertyValueKind.Asset or PropertyValueKind.Archive
                or PropertyValueKind.ResourceReference =>
                MapsEqual((ImmutableDictionary<string, PropertyValue>)_value!,
                    (ImmutableDictionary<string, PropertyValue>)other._value!),
            _ => Equals(_value, other._value),
        };
    }

    public override bool Equals(object? obj) => obj is PropertyValue other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        PropertyValueKind.List => HashCode.Combine(Kind, ((ImmutableArray<PropertyValue>)_value!).Length),
        PropertyValueKind.Map or PropertyValueKind.Asset or PropertyValueKind.Archive
            or PropertyValueKind.ResourceReference =>
            HashCode.Combine(Kind, ((ImmutableDictionary<string, PropertyValue>)_value!).Count),
        _ => HashCode.Combine(Kind, _value),
    };

    public static bool operator ==(PropertyValue? left, PropertyValue? right) => Equals(left, right);

    public static bool operator !=(PropertyValue? left, PropertyValue? right) => !Equals(left, right);

    /// <summary>A short, readable form for messages and test output; secrets show as <c>[secret]</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        switch (Kind)
        {
            case PropertyValueKind.Null:
                builder.Append("null");
                break;
            case PropertyValueKind.Bool:
                builder.Append((bool)_value! ? "true" : "false");
                break;
            case PropertyValueKind.Number:
                builder.Append(((double)_value!).ToString("R", CultureInfo.InvariantCulture));
                break;
            case PropertyValueKind.String:
                builder.Append('"').Append((string)_value!).Append('"');
                break;
            case PropertyValueKind.Secret:
                builder.Append("[secret]");
                break;
            case PropertyValueKind.Unknown:
                builder.Append("[unknown]");
                break;
            case PropertyValueKind.Output:
                var output = (PropertyOutput)_value!;
                if (output.IsSecret)
                {
                    builder.Append("[secret]");
                }
                else if (output.Value is null)
                {
                    builder.Append("[unknown]");
                }
                else
                {
                    output.Value.Append(builder);
                }

                break;
            case PropertyValueKind.List:
                builder.Append('[');
                var first = true;
                foreach (var item in (ImmutableArray<PropertyValue>)_value!)
                {
                    builder.Append(first ? string.Empty : ", ");
                    item.Append(builder);
                    first = false;
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Kind switch
                {
                    PropertyValueKind.Asset => "asset",
                    PropertyValueKind.Archive => "archive",
                    PropertyValueKind.ResourceReference => "resource",
                    _ => string.Empty,
                });
                builder.Append('{');
                var firstEntry = true;
                foreach (var (key, value) in ((ImmutableDictionary<string, PropertyValue>)_value!)
                             .OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    builder.Append(firstEntry ? string.Empty : ", ").Append(key).Append(": ");
                    value.Append(builder);
                    firstEntry = false;
                }

                builder.Append('}');
                break;
        }
    }

    private IEnumerable<PropertyValue> Children() => Kind switch
    {
        PropertyValueKind.List => (ImmutableArray<PropertyValue>)_value!,
        PropertyValueKind.Map or PropertyValueKind.Asset or PropertyValueKind.Archive
            or PropertyValueKind.ResourceReference => ((ImmutableDictionary<string, PropertyValue>)_value!).Values,
        PropertyValueKind.Secret => [(PropertyValue)_value!],
        PropertyValueKind.Output when ((PropertyOutput)_value!).Value is { } inner => [inner],
        _ => [],
    };

    private bool TryGet<T>(PropertyValueKind kind, out T value)
    {
        if (Kind == kind)
        {
            value = (T)_value!;
            return true;
        }

        value = default!;
        return false;
    }

    private static bool MapsEqual(ImmutableDictionary<string, PropertyValue> left, ImmutableDictionary<string, PropertyValue> right) =>
        left.Count == right.Count
        && left.All(entry => right.TryGetValue(entry.Key, out var other) && entry.Value.Equals(other));
}
