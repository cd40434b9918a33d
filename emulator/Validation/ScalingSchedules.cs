using System.Globalization;
using System.Text.RegularExpressions;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// <c>autoscalingPolicy.scalingSchedules</c> (SPEC 4.259.0): at most 5; each needs <c>minReplicaCount</c> (0 ≤ n ≤
/// <c>maxReplicaCount</c>), a 5-field cron <c>schedule</c>, a <c>duration</c> of whole seconds <c>"Ns"</c> from 300s
/// to 7 days, and an IANA <c>timezone</c>.
/// </summary>
internal static partial class ScalingSchedules
{
    public const int MaxCount = 5;
    private const int MinDurationSeconds = 300;
    private const int MaxDurationSeconds = 7 * 24 * 3600;

    // Per cron field: the allowed numeric range.
    private static readonly (string Name, int Min, int Max)[] CronFields =
        [("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7)];

    [GeneratedRegex("^[0-9]+s$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeSeconds();

    [GeneratedRegex(@"^(\*|[0-9]+(-[0-9]+)?|[A-Za-z]{3}(-[A-Za-z]{3})?)(/[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CronItem();

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    public static void Validate(IReadOnlyDictionary<string, ScalingScheduleJson>? schedules, int? maxReplicaCount)
    {
        if (schedules is null)
        {
            return;
        }

        if (schedules.Count > MaxCount)
        {
            throw ApiException.InvalidArgument($"autoscalingPolicy.scalingSchedules: at most {MaxCount} schedules are allowed, got {schedules.Count}");
        }

        foreach (var (key, schedule) in schedules)
        {
            var field = $"autoscalingPolicy.scalingSchedules[\"{key}\"]";
            if (key.Length == 0)
            {
                throw ApiException.InvalidArgument("autoscalingPolicy.scalingSchedules: schedule names must not be empty");
            }

            if (schedule.MinReplicaCount is not { } min)
            {
                throw ApiException.InvalidArgument($"{field}.minReplicaCount is required");
            }

            if (min < 0 || (maxReplicaCount is { } max && min > max))
            {
                throw ApiException.InvalidArgument($"{field}.minReplicaCount ({min}) must be between 0 and maxReplicaCount ({maxReplicaCount})");
            }

            CheckCron(field, schedule.Schedule);
            CheckDuration(field, schedule.Duration);
            CheckTimezone(field, schedule.Timezone);
        }
    }

    private static void CheckCron(string field, string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            throw ApiException.InvalidArgument($"{field}.schedule is required (a 5-field cron expression, e.g. \"0 9 * * MON-FRI\")");
        }

        var parts = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != CronFields.Length)
        {
            throw ApiException.InvalidArgument($"{field}.schedule \"{cron}\" must have 5 fields (minute hour day-of-month month day-of-week)");
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var (name, low, high) = CronFields[i];
            foreach (var item in parts[i].Split(','))
            {
                var numbers = Number().Matches(item.Split('/')[0]).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture));
                if (!CronItem().IsMatch(item) || numbers.Any(n => n < low || n > high))
                {
                    throw ApiException.InvalidArgument($"{field}.schedule \"{cron}\": invalid {name} field \"{parts[i]}\" (allowed {low}-{high}, *, ranges, lists and /steps)");
                }
            }
        }
    }

    private static void CheckDuration(string field, string? duration)
    {
        if (duration is null)
        {
            throw ApiException.InvalidArgument($"{field}.duration is required (whole seconds, e.g. \"3600s\")");
        }

        if (!WholeSeconds().IsMatch(duration)
            || !long.TryParse(duration.AsSpan(0, duration.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds < MinDurationSeconds || seconds > MaxDurationSeconds)
        {
            throw ApiException.InvalidArgument($"{field}.duration \"{duration}\" must be whole seconds \"Ns\" from {MinDurationSeconds}s to {MaxDurationSeconds}s (7 days)");
        }
    }

    private static void CheckTimezone(string field, string? timezone)
    {
        if (string.IsNullOrEmpty(timezone))
        {
            throw ApiException.InvalidArgument($"{field}.timezone is required (an IANA time zone, e.g. \"America/New_York\")");
        }

        if (!IanaTimeZones.IsKnown(timezone))
        {
            throw ApiException.InvalidArgument($"{field}.timezone \"{timezone}\" is not an IANA time zone (e.g. \"UTC\", \"Europe/Berlin\")");
        }
    }
}
