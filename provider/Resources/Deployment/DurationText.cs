using System.Globalization;
using Pulumi.Fireworks.Provider.Configuration;

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

    /// <summary>Parses with <see cref="GoDuration"/>, which also covers the protobuf JSON form.</summary>
    public static bool TryParse(string text, out TimeSpan duration) => GoDuration.TryParse(text, out duration);

    /// <summary>The protobuf JSON form: whole seconds as <c>300s</c>, fractions as <c>1.5s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = duration.Ticks / TicksPerSecond;
        return seconds.ToString("0.#######", CultureInfo.InvariantCulture) + "s";
    }

    /// <summary>The canonical form of <paramref name="text"/>, or null when it is not a duration.</summary>
    public static string? Normalize(string text) => TryParse(text, out var duration) ? Format(duration) : null;
}
