using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>Configure: the checked configuration (<see cref="Args"/>, secrets possibly wrapped) and the deprecated
/// string map <see cref="Variables"/> (<c>fireworks:config:&lt;key&gt;</c>), plus the provider resource's identity.</summary>
public sealed record ProviderConfigureRequest(
    ImmutableDictionary<string, PropertyValue> Args,
    ImmutableDictionary<string, string> Variables,
    string? Urn,
    string? Name);
