using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Invoke: call the function <see cref="Token"/> with <see cref="Args"/> (secrets wrapped, unknowns kept).</summary>
public sealed record InvokeRequest(string Token, ImmutableDictionary<string, PropertyValue> Args);
