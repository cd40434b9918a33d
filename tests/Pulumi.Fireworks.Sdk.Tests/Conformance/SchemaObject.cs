using System.Text.Json;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>A set of schema properties (inputs, outputs, state inputs or an object type) and which are required.</summary>
internal sealed record SchemaObject(string Label, IReadOnlyDictionary<string, JsonElement> Properties, IReadOnlySet<string> Required)
{
    public static SchemaObject From(string label, JsonElement owner, string propertiesKey, string requiredKey)
    {
        var properties = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        if (owner.TryGetProperty(propertiesKey, out var map))
        {
            foreach (var property in map.EnumerateObject())
            {
                properties[property.Name] = property.Value.Clone();
            }
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        if (owner.TryGetProperty(requiredKey, out var names))
        {
            foreach (var name in names.EnumerateArray())
            {
                required.Add(name.GetString()!);
            }
        }

        return new SchemaObject(label, properties, required);
    }

    public bool IsSecret(string name) =>
        Properties[name].TryGetProperty("secret", out var secret) && secret.GetBoolean();

    public IEnumerable<string> NamesWhere(string flag) =>
        Properties.Where(p => p.Value.TryGetProperty(flag, out var value) && value.GetBoolean()).Select(p => p.Key);
}
