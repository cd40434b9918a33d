using System.Text.Json;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Names read from the embedded package schema, to tie each resource's C# declarations to it.</summary>
internal static class SchemaFacts
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(EmbeddedSchema.Json);

    public static JsonElement Resource(string token) => Schema.RootElement.GetProperty("resources").GetProperty(token);

    public static JsonElement Type(string token) => Schema.RootElement.GetProperty("types").GetProperty(token);

    public static SortedSet<string> Names(JsonElement properties) =>
        new(properties.EnumerateObject().Select(property => property.Name), StringComparer.Ordinal);

    public static SortedSet<string> NamesWhere(JsonElement properties, string flag) =>
        new(properties.EnumerateObject()
            .Where(property => property.Value.TryGetProperty(flag, out var value) && value.ValueKind == JsonValueKind.True)
            .Select(property => property.Name), StringComparer.Ordinal);

    public static SortedSet<string> Sorted(IEnumerable<string> names) => new(names, StringComparer.Ordinal);
}
