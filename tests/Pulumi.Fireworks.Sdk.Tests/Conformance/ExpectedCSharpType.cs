using System.Text.Json;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>The C# type pulumi-language-dotnet emits for a schema property, written without spaces.</summary>
internal static class ExpectedCSharpType
{
    private const string EnumNamespace = "Pulumi.Fireworks";

    public static string Output(JsonElement property, bool required)
    {
        if (IsArray(property))
        {
            // ImmutableArray is a struct: the generator never makes it nullable.
            return $"ImmutableArray<{Plain(property.GetProperty("items"), "Outputs", state: false, input: false)}>";
        }

        var type = IsMap(property)
            ? $"ImmutableDictionary<string,{Plain(property.GetProperty("additionalProperties"), "Outputs", state: false, input: false)}>"
            : Plain(property, "Outputs", state: false, input: false);
        return required ? type : type + "?";
    }

    /// <summary>InputList/InputMap for collections of Input-shaped classes; List/Dictionary for plain invoke args; otherwise null.</summary>
    public static string? InputCollection(JsonElement property, bool state, bool plain = false)
    {
        if (IsArray(property))
        {
            var element = Plain(property.GetProperty("items"), "Inputs", state, input: true);
            return plain ? $"List<{element}>" : $"InputList<{element}>";
        }

        if (!IsMap(property))
        {
            return null;
        }

        var value = Plain(property.GetProperty("additionalProperties"), "Inputs", state, input: true);
        return plain ? $"Dictionary<string,{value}>" : $"InputMap<{value}>";
    }

    /// <summary>
    /// The wrapped input type: <c>Input&lt;T&gt;</c>, or <c>InputUnion&lt;string,Pulumi.Fireworks.Region&gt;</c> for an
    /// open enum (a <c>oneOf</c> of string and an enum type).
    /// </summary>
    public static string Input(JsonElement property, bool state)
    {
        var plain = Plain(property, "Inputs", state, input: true);
        return plain.StartsWith("Union<", StringComparison.Ordinal) ? "Input" + plain : $"Input<{plain}>";
    }

    /// <summary>A plain (not Input-wrapped) invoke argument: string, bool, int, double.</summary>
    public static string PlainInput(JsonElement property) => Plain(property, "Inputs", state: false, input: true);

    public static bool IsString(JsonElement property) =>
        property.TryGetProperty("type", out var type) && type.GetString() == "string";

    public static bool IsValueType(string csharpType) => csharpType is "int" or "double" or "bool";

    public static string Normalize(string type) => string.Concat(type.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsArray(JsonElement property) =>
        property.TryGetProperty("type", out var type) && type.GetString() == "array";

    private static bool IsMap(JsonElement property) =>
        property.TryGetProperty("type", out var type) && type.GetString() == "object"
        && property.TryGetProperty("additionalProperties", out _);

    private static string Plain(JsonElement property, string qualifier, bool state, bool input)
    {
        if (property.TryGetProperty("oneOf", out var alternatives))
        {
            var parts = alternatives.EnumerateArray().Select(a => Plain(a, qualifier, state, input)).ToList();
            if (!input)
            {
                // Outputs of an open enum are the enum's underlying type (string), never the union.
                return parts.Contains("string", StringComparer.Ordinal) ? "string" : parts[0];
            }

            return $"Union<{string.Join(',', parts)}>";
        }

        if (property.TryGetProperty("$ref", out var reference))
        {
            var token = PackageSchema.RefToken(reference.GetString()!);
            var name = PackageSchema.TypeName(token);
            if (PackageSchema.Instance.IsEnum(token))
            {
                return input ? $"{EnumNamespace}.{name}" : "string";
            }

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
