using System.Globalization;

namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>
/// Parses durations the way Pulumi users write them (Go's <c>time.ParseDuration</c> form): a sequence of decimal
/// numbers with units <c>h</c>, <c>m</c>, <c>s</c>, <c>ms</c>, <c>us</c>/<c>µs</c>, <c>ns</c>, e.g. <c>60s</c>,
/// <c>1m30s</c>, <c>1.5h</c>. This also covers the proto-JSON form (<c>300s</c>, <c>0.5s</c>). A lone <c>0</c> is zero.
/// </summary>
public static class GoDuration
{
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
}
