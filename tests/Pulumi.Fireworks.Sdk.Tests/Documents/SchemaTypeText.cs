using System.Text.Json;
using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// How the docs write a schema property's type: string, integer, list&lt;string&gt;, map&lt;number&gt;, AutoscalingPolicy,
/// and "string or Region" for an open enum.
/// </summary>
internal static class SchemaTypeText
{
    public static string Of(JsonElement property)
    {
        if (property.TryGetProperty("oneOf", out var alternatives))
        {
            // An open enum: "string or Region".
            return string.Join(" or ", alternatives.EnumerateArray().Select(Of));
        }

        if (property.TryGetProperty("$ref", out var reference))
        {
            return PackageSchema.TypeName(reference.GetString()!);
        }

        var type = property.GetProperty("type").GetString()!;
        return type switch
        {
            "array" => $"list<{Of(property.GetProperty("items"))}>",
            "object" => $"map<{(property.TryGetProperty("additionalProperties", out var values) ? Of(values) : "string")}>",
            _ => type,
        };
    }

    /// <summary>The type as the docs' input tables write it: with ", secret" for secret properties.</summary>
    public static string WithSecrecy(JsonElement property) =>
        property.TryGetProperty("secret", out var secret) && secret.GetBoolean() ? $"{Of(property)}, secret" : Of(property);
}
