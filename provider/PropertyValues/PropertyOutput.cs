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

    public override int GetHashCode() => HashCode.Combine(Value, IsSecret, Dependencies.IsDefault ? 0 : Dependencies.Length);

    /// <summary>Like <see cref="PropertyValue"/>, never prints a secret value (a record would print it).</summary>
    public override string ToString() =>
        $"output({(IsSecret ? "[secret]" : Value?.ToString() ?? "[unknown]")}, secret={IsSecret}, " +
        $"dependencies=[{(Dependencies.IsDefault ? string.Empty : string.Join(", ", Dependencies))}])";
}
