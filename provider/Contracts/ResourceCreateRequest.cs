using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Create from checked inputs. <see cref="Timeout"/> is null when the engine sent none (use the
/// resource's default). With <see cref="Preview"/> nothing may be created: return predicted outputs with unknowns.</summary>
public sealed record ResourceCreateRequest(
    string Urn,
    string Name,
    string Type,
    ImmutableDictionary<string, PropertyValue> Properties,
    TimeSpan? Timeout,
    bool Preview);
