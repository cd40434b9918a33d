using System.Text.Json;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>The C# type pulumi-language-dotnet emits for a schema property, written without spaces.</summary>
internal static class ExpectedCSharpType
{
    public static string Output(JsonElement property, bool required)
    {
        if (IsArray(property))
        {
            // ImmutableArray is a struct: the generator never makes it nullable.
            return $"ImmutableArray<{Plain(property.GetProperty("items"), "Outputs", state: false)}>";
        }

        var type = IsMap(property)
            ? $"ImmutableDictionary<string,{Plain(property.GetProperty("additionalProperties"), "Outputs", state: false)}>"
            : Plain(property, "Outputs", state: false);
        return required ? type : type + "?";
    }

    /// <summary>InputList/InputMap for collections, otherwise null.</summary>
    public static string? InputCollection(JsonElement property, bool state)
    {
        if (IsArray(property))
        {
            return $"InputList<{Plain(property.GetProperty("items"), "Inputs", state)}>";
        }

        return IsMap(property) ? $"InputMap<{Plain(property.GetProperty("additionalProperties"), "Inputs", state)}>" : null;
    }

    public static string Input(JsonElement property, bool state) => $"Input<{Plain(property, "Inputs", state)}>";

    public static bool IsString(JsonElement property) =>
        property.TryGetProperty("type", out var type) && type.GetString() == "string";

    public static string Normalize(string type) => string.Concat(type.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsArray(JsonElement property) =>
        property.TryGetProperty("type", out var type) && type.GetString() == "array";

    private static bool IsMap(JsonElement property) =>
        property.TryGetProperty("type", out var type) && type.GetString() == "object"
        && property.TryGetProperty("additionalProperties", out _);

    private static string Plain(JsonElement property, string qualifier, bool state)
    {
        if (property.TryGetProperty("$ref", out var reference))
        {
            var name = PackageSchema.TypeName(reference.GetString()!);
            return qualifier == "Outputs" ? $"Outputs.{name}" : $"Inputs.{name}{(state ? "GetArgs" : "Args")}";
        }

        return property.GetProperty("type").GetString() switch
        {
            "string" => "string",
            "integer" => "int",
            "number" => "double",
            "boolean" => "bool",
            var other => throw new NotSupportedException($"schema type '{other}' has no C# mapping in these tests"),
        };
    }
}
