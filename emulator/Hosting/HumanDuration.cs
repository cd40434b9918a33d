using System.Globalization;
using System.Text.RegularExpressions;

namespace Fireworks.Emulator.Hosting;

/// <summary>Command-line durations: Go style (<c>250ms</c>, <c>2s</c>, <c>1m30s</c>, <c>1h</c>) or bare seconds (<c>3</c>).</summary>
internal static partial class HumanDuration
{
    [GeneratedRegex(@"^(?:([0-9]+(?:\.[0-9]+)?)(ms|s|m|h))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static TimeSpan Parse(string text, string option)
    {
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bareSeconds))
        {
            return TimeSpan.FromSeconds(bareSeconds);
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw new ArgumentException($"{option}: \"{text}\" is not a duration (e.g. 250ms, 2s, 1m30s)");
        }

        var total = TimeSpan.Zero;
        for (var i = 0; i < match.Groups[1].Captures.Count; i++)
        {
            var amount = double.Parse(match.Groups[1].Captures[i].Value, CultureInfo.InvariantCulture);
            total += match.Groups[2].Captures[i].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }

        return total;
    }
}
