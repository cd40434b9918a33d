using System.Globalization;
using System.Text.RegularExpressions;

namespace Fireworks.Emulator.Validation;

/// <summary>The proto-JSON form of google.protobuf.Timestamp: RFC 3339, written in UTC with 0, 3, 6 or 9 fractional digits.</summary>
internal static partial class ProtoTimestamp
{
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    public static string Format(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var nanos = utc.Ticks % TimeSpan.TicksPerSecond * 100;
        if (nanos == 0)
        {
            return text + "Z";
        }

        var fraction = nanos.ToString("000000000", CultureInfo.InvariantCulture);
        fraction = fraction.EndsWith("000000", StringComparison.Ordinal) ? fraction[..3]
            : fraction.EndsWith("000", StringComparison.Ordinal) ? fraction[..6]
            : fraction;
        return text + "." + fraction + "Z";
    }

    /// <summary>Parses an RFC 3339 timestamp (with <c>Z</c> or an offset), as protojson accepts it.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (!Rfc3339().IsMatch(text))
        {
            return false;
        }

        // .NET parses at most 7 fractional digits: drop nanoseconds beyond ticks.
        var trimmed = Regex.Replace(text, @"\.([0-9]{7})[0-9]+", ".$1", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
