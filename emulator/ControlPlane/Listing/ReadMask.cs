using System.Collections.Frozen;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>
/// <c>readMask</c>: comma-separated field paths (camelCase or snake_case); <c>*</c> or empty returns every field.
/// A nested path selects its top-level field. Unknown fields are a 400, as a field-mask check would give.
/// </summary>
internal sealed class ReadMask
{
    private readonly FrozenSet<string> fields;

    private ReadMask(FrozenSet<string> fields) => this.fields = fields;

    /// <summary>Null when every field is wanted.</summary>
    /// <exception cref="ApiException">A path names no field of the resource (INVALID_ARGUMENT).</exception>
    public static ReadMask? Parse(string? text, JsonTypeInfo resource)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*")
        {
            return null;
        }

        var known = resource.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var top = FieldNames.ToCamelCase(raw.Split('.')[0]);
            if (!known.Contains(top))
            {
                throw ApiException.InvalidArgument($"readMask: unknown field \"{raw}\"");
            }

            wanted.Add(top);
        }

        return new ReadMask(wanted.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Removes every top-level property the mask does not name.</summary>
    public void Apply(JsonObject resource)
    {
        foreach (var name in resource.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
        {
            resource.Remove(name);
        }
    }
}
