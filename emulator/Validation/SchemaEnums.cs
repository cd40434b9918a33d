using System.Collections.Frozen;
using System.Text.Json;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Enum values read from the package schema (<c>schema.json</c>, embedded): the project's single list of regions,
/// accelerator types and the other Fireworks enums. Values the schema marks deprecated are left out, because the
/// 4.259.0 parser no longer knows them.
/// </summary>
internal static class SchemaEnums
{
    private const string ResourceName = "Fireworks.Emulator.schema.json";

    private static readonly Lazy<FrozenDictionary<string, string[]>> Enums = new(Load);

    /// <summary>The current (not deprecated) values of the schema enum type <paramref name="token"/>, e.g. <c>fireworks:index:Region</c>.</summary>
    /// <exception cref="InvalidOperationException">The schema has no such enum type.</exception>
    public static IReadOnlyList<string> Values(string token) =>
        Enums.Value.TryGetValue(token, out var values)
            ? values
            : throw new InvalidOperationException($"schema.json has no enum type {token}");

    private static FrozenDictionary<string, string[]> Load()
    {
        using var stream = typeof(SchemaEnums).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var document = JsonDocument.Parse(stream);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var type in document.RootElement.GetProperty("types").EnumerateObject())
        {
            if (!type.Value.TryGetProperty("enum", out var values))
            {
                continue;
            }

            result[type.Name] = [.. values.EnumerateArray()
                .Where(v => !v.TryGetProperty("deprecationMessage", out _))
                .Select(v => v.GetProperty("value").GetString()!)];
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
