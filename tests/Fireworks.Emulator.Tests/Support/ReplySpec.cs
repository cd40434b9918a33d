using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fireworks.Emulator.Tests.Support;

/// <summary>
/// Checks a reply against the compact 4.259.0 reply schemas in <c>Spec/gateway-replies-4.259.0.json</c>: the JSON
/// type of every field, enum values, and that no field lies outside the spec (except the emulator's own unknown
/// output fields, when a test allows them).
/// </summary>
internal sealed partial class ReplySpec
{
    public static readonly string[] UnknownFieldNames = ["emulatorUnknownObject", "emulatorUnknownInt64", "emulatorUnknownArray", "emulatorUnknownEnum"];

    private readonly JsonElement enums;
    private readonly JsonElement types;

    private ReplySpec(JsonElement root)
    {
        enums = root.GetProperty("enums");
        types = root.GetProperty("types");
    }

    public static ReplySpec Load()
    {
        using var stream = typeof(ReplySpec).Assembly.GetManifestResourceStream("gateway-replies-4.259.0.json")!;
        using var document = JsonDocument.Parse(stream);
        return new ReplySpec(document.RootElement.Clone());
    }

    /// <summary>Every way <paramref name="reply"/> departs from <paramref name="typeName"/>, as "path: problem" lines.</summary>
    public List<string> Check(JsonElement reply, string typeName, bool allowUnknownFields)
    {
        var problems = new List<string>();
        CheckObject(reply, typeName, "$", allowUnknownFields, problems);
        return problems;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]{1,9})?s$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    private void CheckObject(JsonElement value, string typeName, string path, bool allowUnknown, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object ({typeName}), got {value.ValueKind}");
            return;
        }

        var fields = types.GetProperty(typeName);
        foreach (var property in value.EnumerateObject())
        {
            var fieldPath = $"{path}.{property.Name}";
            if (fields.TryGetProperty(property.Name, out var fieldType))
            {
                CheckValue(property.Value, fieldType, fieldPath, allowUnknown, problems);
            }
            else if (!(allowUnknown && UnknownFieldNames.Contains(property.Name)))
            {
                problems.Add($"{fieldPath}: not a field of {typeName}");
            }
        }
    }

    private void CheckValue(JsonElement value, JsonElement type, string path, bool allowUnknown, List<string> problems)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            if (!IsScalar(value, type.GetString()!))
            {
                problems.Add($"{path}: {value.GetRawText()} is not a {type.GetString()}");
            }

            return;
        }

        var (kind, argument) = type.EnumerateObject().Select(p => (p.Name, p.Value)).Single();
        switch (kind)
        {
            case "object":
                CheckObject(value, argument.GetString()!, path, allowUnknown, problems);
                break;
            case "enum":
                var allowed = enums.GetProperty(argument.GetString()!).EnumerateArray().Select(e => e.GetString());
                if (value.ValueKind != JsonValueKind.String || !allowed.Contains(value.GetString()))
                {
                    problems.Add($"{path}: {value.GetRawText()} is not a value of enum {argument.GetString()}");
                }

                break;
            case "array" when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, argument, $"{path}[{index++}]", allowUnknown, problems);
                }

                break;
            case "map" when value.ValueKind == JsonValueKind.Object:
                foreach (var entry in value.EnumerateObject())
                {
                    CheckValue(entry.Value, argument, $"{path}[\"{entry.Name}\"]", allowUnknown, problems);
                }

                break;
            default:
                problems.Add($"{path}: expected {kind}, got {value.ValueKind}");
                break;
        }
    }

    private static bool IsScalar(JsonElement value, string type) => type switch
    {
        "any" => true,
        "string" => value.ValueKind == JsonValueKind.String,
        "bool" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "int32" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "int64" => value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "timestamp" => value.ValueKind == JsonValueKind.String && Timestamp().IsMatch(value.GetString()!),
        "duration" => value.ValueKind == JsonValueKind.String && Duration().IsMatch(value.GetString()!),
        _ => throw new InvalidOperationException($"unknown spec type {type}"),
    };
}
