using System.Globalization;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Durations as Fireworks takes them: protobuf JSON (<c>300s</c>, <c>1.5s</c>) and, for convenience, Go style
/// (<c>5m</c>, <c>1h30m</c>, <c>10m0s</c>, <c>500ms</c>). The canonical form is the protobuf JSON one, which the
/// server echoes, so that <c>5m</c> and <c>300s</c> never differ.
/// </summary>
public static class DurationText
{
    private const decimal TicksPerSecond = TimeSpan.TicksPerSecond;

    /// <summary>What a message should say is allowed.</summary>
    public const string AllowedForms =
        "a duration such as \"300s\", \"1.5s\", \"5m\", \"1h30m\" or \"10m0s\" (units h, m, s, ms, us, ns)";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var span = text.AsSpan();
        if (span.IsEmpty)
        {
            return false;
        }

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

    /// <summary>The protobuf JSON form: whole seconds as <c>300s</c>, fractions as <c>1.5s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = duration.Ticks / TicksPerSecond;
        return seconds.ToString("0.#######", CultureInfo.InvariantCulture) + "s";
    }

    /// <summary>The canonical form of <paramref name="text"/>, or null when it is not a duration.</summary>
    public static string? Normalize(string text) => TryParse(text, out var duration) ? Format(duration) : null;
}
