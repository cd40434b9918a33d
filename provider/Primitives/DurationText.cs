using System.Globalization;

namespace Pulumi.Fireworks.Provider.Primitives;

/// <summary>
/// The provider's one duration grammar and canonical form. Parsing takes what Pulumi users write (Go's
/// <c>time.ParseDuration</c> form: decimal numbers with units <c>h</c>, <c>m</c>, <c>s</c>, <c>ms</c>,
/// <c>us</c>/<c>µs</c>, <c>ns</c>, e.g. <c>60s</c>, <c>1m30s</c>, <c>1.5h</c>), which also covers the proto-JSON form
/// Fireworks speaks (<c>300s</c>, <c>0.5s</c>); a lone <c>0</c> is zero. Formatting gives the proto-JSON form the
/// service echoes (<c>300s</c>, <c>1.500s</c>), so <c>5m</c> and <c>300s</c> never differ.
/// </summary>
public static class DurationText
{
    /// <summary>What a message should say is allowed.</summary>
    public const string AllowedForms =
        "a duration such as \"300s\", \"1.5s\", \"5m\", \"1h30m\" or \"10m0s\" (units h, m, s, ms, us, ns)";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var span = text.AsSpan();
        var negative = false;
        if (span[0] is '-' or '+')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span is "0")
        {
            return true;
        }

        decimal ticks = 0;
        var sawComponent = false;
        while (!span.IsEmpty)
        {
            var numberLength = 0;
            while (numberLength < span.Length && (char.IsAsciiDigit(span[numberLength]) || span[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0 || !decimal.TryParse(span[..numberLength], NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            span = span[numberLength..];
            var unitLength = 0;
            while (unitLength < span.Length && !char.IsAsciiDigit(span[unitLength]) && span[unitLength] != '.')
            {
                unitLength++;
            }

            decimal? unitTicks = span[..unitLength] switch
            {
                "h" => TimeSpan.TicksPerHour,
                "m" => TimeSpan.TicksPerMinute,
                "s" => TimeSpan.TicksPerSecond,
                "ms" => TimeSpan.TicksPerMillisecond,
                "us" or "µs" or "μs" => TimeSpan.TicksPerMicrosecond,
                "ns" => 0.01m,
                _ => null,
            };
            if (unitTicks is null)
            {
                return false;
            }

            span = span[unitLength..];

            // decimal arithmetic throws on overflow: refuse a component beyond the largest duration first.
            if (number > TimeSpan.MaxValue.Ticks / unitTicks.Value)
            {
                return false;
            }

            ticks += number * unitTicks.Value;
            sawComponent = true;
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }
        }

        if (!sawComponent)
        {
            return false;
        }

        var whole = (long)decimal.Round(ticks, MidpointRounding.AwayFromZero);
        duration = TimeSpan.FromTicks(negative ? -whole : whole);
        return true;
    }

    /// <summary>The proto-JSON form: whole seconds as <c>300s</c>, fractions with 3, 6 or 9 digits (<c>1.500s</c>).</summary>
    public static string Format(TimeSpan value)
    {
        var ticks = value.Ticks;
        var sign = ticks < 0 ? "-" : string.Empty;
        var magnitude = ticks < 0 ? -(decimal)ticks : ticks;
        var seconds = decimal.Truncate(magnitude / TimeSpan.TicksPerSecond);
        var nanos = (long)((magnitude - (seconds * TimeSpan.TicksPerSecond)) * 100);
        var whole = seconds.ToString(CultureInfo.InvariantCulture);
        if (nanos == 0)
        {
            return sign + whole + "s";
        }

        var digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        return sign + whole + "." + nanos.ToString("D9", CultureInfo.InvariantCulture)[..digits] + "s";
    }

    /// <summary>The canonical form of <paramref name="text"/>, or null when it is not a duration.</summary>
    public static string? Normalize(string? text) => TryParse(text, out var value) ? Format(value) : null;
}
