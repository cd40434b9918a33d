using System.Globalization;
using System.Text.RegularExpressions;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// The proto-JSON form of google.protobuf.Duration: decimal seconds with an <c>s</c> suffix (<c>"300s"</c>,
/// <c>"1.5s"</c>). Go-style <c>"5m"</c> is not proto-JSON, so the real parser refuses it and so do we.
/// </summary>
internal static partial class ProtoDuration
{
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]{1,9})?s$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        if (!Pattern().IsMatch(text))
        {
            return false;
        }

        if (!decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(seconds) > 315_576_000_000m)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Formats like protojson: whole seconds, or 3, 6 or 9 fractional digits.</summary>
    public static string Format(TimeSpan value)
    {
        var ticks = value.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        var nanos = ticks % TimeSpan.TicksPerSecond * 100;
        if (nanos == 0)
        {
            return seconds.ToString(CultureInfo.InvariantCulture) + "s";
        }

        var sign = ticks < 0 ? "-" : "";
        var fraction = Math.Abs(nanos).ToString("000000000", CultureInfo.InvariantCulture);
        fraction = fraction.EndsWith("000000", StringComparison.Ordinal) ? fraction[..3]
            : fraction.EndsWith("000", StringComparison.Ordinal) ? fraction[..6]
            : fraction;
        return sign + Math.Abs(seconds).ToString(CultureInfo.InvariantCulture) + "." + fraction + "s";
    }
}
