using System.Collections.Frozen;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// IANA time-zone ids. The runtime resolves them from the system's tz database (which works under invariant
/// globalization on Linux); a machine without one still knows this small list.
/// </summary>
internal static class IanaTimeZones
{
    private static readonly FrozenSet<string> Fallback = FrozenSet.ToFrozenSet(
    [
        "UTC", "Etc/UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Phoenix", "America/Toronto", "America/Vancouver", "America/Sao_Paulo", "Europe/London", "Europe/Berlin",
        "Europe/Paris", "Europe/Amsterdam", "Europe/Helsinki", "Atlantic/Reykjavik", "Asia/Tokyo", "Asia/Singapore",
        "Asia/Kuala_Lumpur", "Asia/Kolkata", "Australia/Sydney",
    ], StringComparer.Ordinal);

    public static bool IsKnown(string id) =>
        Fallback.Contains(id)
        // Windows ids ("Pacific Standard Time") have spaces; IANA ids never do.
        || (!id.Contains(' ', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _));
}
