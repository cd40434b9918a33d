using System.Globalization;

namespace Pulumi.Fireworks.Provider.Primitives;

/// <summary>
/// RFC 3339 timestamps as Fireworks speaks them (protobuf JSON <c>Timestamp</c>). The canonical form is UTC with a
/// <c>Z</c> and only the fraction digits needed, so <c>2027-01-01T01:00:00+01:00</c> and
/// <c>2027-01-01T00:00:00Z</c> never differ.
/// </summary>
public static class TimestampText
{
    public const string AllowedForms = "an RFC 3339 timestamp such as \"2027-01-31T18:00:00Z\" or \"2027-01-31T19:00:00+01:00\"";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd't'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd't'HH:mm:ssK",
    ];

    /// <summary>Parses an RFC 3339 timestamp; a time without an offset or zone is refused (it would be ambiguous).</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || !(text.EndsWith('Z') || text.EndsWith('z') || HasOffset(text)))
        {
            return false;
        }

        var normalized = text.EndsWith('z') ? text[..^1] + "Z" : text;
        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal, out value);
    }

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string? Normalize(string? text) => TryParse(text, out var value) ? Format(value) : null;

    private static bool HasOffset(string text) =>
        text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':';
}
