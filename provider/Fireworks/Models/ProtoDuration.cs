using System.Globalization;
using Pulumi.Fireworks.Provider.Configuration;

namespace Pulumi.Fireworks.Provider.Fireworks.Models;

/// <summary>
/// Durations as the service speaks them: proto-JSON seconds (<c>"300s"</c>, <c>"1.5s"</c>). Parsing also accepts
/// Go-style strings (<c>"5m"</c>, <c>"1h30m"</c>, <c>"250ms"</c>) because users and older tools write those.
/// </summary>
public static class ProtoDuration
{
    /// <summary>Parses a proto-JSON or Go-style duration (<see cref="GoDuration"/>); negative values are rejected.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        if (GoDuration.TryParse(text?.Trim(), out value) && value >= TimeSpan.Zero)
        {
            return true;
        }

        value = TimeSpan.Zero;
        return false;
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
