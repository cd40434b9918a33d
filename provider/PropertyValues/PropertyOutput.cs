using System.Collections.Immutable;

namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>The parts of an output value. <see cref="Value"/> is null when the value is unknown.</summary>
public sealed record PropertyOutput(PropertyValue? Value, bool IsSecret, ImmutableArray<string> Dependencies)
{
    public bool IsKnown => Value is not null;

    public bool Equals(PropertyOutput? other) =>
        other is not null
        && IsSecret == other.IsSecret
        && Equals(Value, other.Value)
        && Dependencies.AsSpan().SequenceEqual(other.Dependencies.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Value, IsSecret, Dependencies.Length);
}
