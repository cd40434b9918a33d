using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>The function's result, or the problems with its arguments (then <see cref="Return"/> is empty).</summary>
public sealed record InvokeResponse(ImmutableDictionary<string, PropertyValue> Return, ImmutableArray<CheckFailure> Failures)
{
    public static InvokeResponse Failed(ImmutableArray<CheckFailure> failures) => new(PropertyValue.EmptyMap, failures);
}
