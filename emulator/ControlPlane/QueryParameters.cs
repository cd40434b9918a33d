using System.Globalization;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>Typed query parameters; malformed values are 400 like gRPC-gateway's query parser. Unknown names are ignored, as there.</summary>
internal static class QueryParameters
{
    public static string? GetString(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.ToString() : null;

    public static bool GetBool(IQueryCollection query, string name)
    {
        var text = GetString(query, name);
        return text switch
        {
            null or "" => false,
            _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1" => true,
            _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) || text == "0" => false,
            _ => throw ApiException.InvalidArgument($"invalid value \"{text}\" for query parameter {name}: expected true or false"),
        };
    }

    public static int? GetInt(IQueryCollection query, string name)
    {
        var text = GetString(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.InvalidArgument($"invalid value \"{text}\" for query parameter {name}: expected an integer");
    }
}
