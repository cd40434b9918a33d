using System.Globalization;

namespace Pulumi.Fireworks.Provider.Fireworks.Models;

/// <summary>
/// Durations as the service speaks them: proto-JSON seconds (<c>"300s"</c>, <c>"1.5s"</c>). Parsing also accepts
/// Go-style strings (<c>"5m"</c>, <c>"1h30m"</c>, <c>"250ms"</c>) because users and older tools write those.
/// </summary>
public static class ProtoDuration
{
    /// <summary>Parses a proto-JSON or Go-style duration; negative values are rejected.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s == "0")
        {
            return true;
        }

        decimal totalSeconds = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (start == i || !decimal.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            decimal? scale = s[unitStart..i] switch
            {
                "h" => 3600m,
                "m" => 60m,
                "s" => 1m,
                "ms" => 0.001m,
                "us" or "µs" => 0.000001m,
                "ns" => 0.000000001m,
                _ => null,
            };
            if (scale is null)
            {
                return false;
            }

            // decimal arithmetic throws on overflow: refuse a component beyond the largest duration first.
            if (number > (decimal)TimeSpan.MaxValue.TotalSeconds / scale.Value)
            {
                return false;
            }

            totalSeconds += number * scale.Value;
        }

        if (totalSeconds > (decimal)TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)(totalSeconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Formats as proto-JSON seconds: <c>"300s"</c>, <c>"1.500s"</c>.</summary>
    public static string Format(TimeSpan value)
    {
        var ticks = value.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        var fraction = ticks % TimeSpan.TicksPerSecond;
        if (fraction == 0)
        {
            return seconds.ToString(CultureInfo.InvariantCulture) + "s";
        }

        // proto-JSON uses 3, 6 or 9 fractional digits.
        var nanos = fraction * 100;
        var digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        var fractionText = nanos.ToString("D9", CultureInfo.InvariantCulture)[..digits];
        return seconds.ToString(CultureInfo.InvariantCulture) + "." + fractionText + "s";
    }

    /// <summary>Returns the canonical proto-JSON form of <paramref name="text"/>, or the text unchanged if it does not parse.</summary>
    public static string Normalize(string text) => TryParse(text, out var value) ? Format(value) : text;
}
