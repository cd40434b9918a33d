using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// An input value that is either known or, during preview, not known yet. An unknown keeps the engine's original
/// value (<see cref="Raw"/>, which may hold unknowns nested inside a list or map) so that it can be passed back
/// untouched; it is never replaced by a guess.
/// </summary>
public sealed class Known<T> : IEquatable<Known<T>>
{
    private readonly T _value;

    private Known(bool isKnown, T value, PropertyValue? raw)
    {
        IsKnown = isKnown;
        _value = value;
        Raw = raw;
    }

    public bool IsKnown { get; }

    public bool IsUnknown => !IsKnown;

    /// <summary>The value; throws when it is unknown.</summary>
    public T Value => IsKnown ? _value : throw new InvalidOperationException("The value is not known yet (preview).");

    /// <summary>The engine's value for an unknown (with nested unknowns kept); null for a known value.</summary>
    public PropertyValue? Raw { get; }

    public static Known<T> Of(T value) => new(true, value, null);

    public static Known<T> Unknown(PropertyValue raw) => new(false, default!, raw);

    public bool Equals(Known<T>? other) =>
        other is not null
        && IsKnown == other.IsKnown
        && (IsKnown ? EqualityComparer<T>.Default.Equals(_value, other._value) : Equals(Raw, other.Raw));

    public override bool Equals(object? obj) => obj is Known<T> other && Equals(other);

    public override int GetHashCode() => IsKnown ? HashCode.Combine(true, _value) : HashCode.Combine(false, Raw);

    public override string ToString() => IsKnown ? $"{_value}" : "[unknown]";
}
