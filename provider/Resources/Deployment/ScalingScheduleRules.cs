using System.Globalization;
using System.Text.RegularExpressions;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Check's rules for <c>autoscalingPolicy.scalingSchedules</c> (spec 4.259.0): at most five; each with a minimum
/// between 0 and <c>maxReplicaCount</c>, a five-field cron expression, a duration of whole seconds from 300 s to
/// 7 days, and an IANA time zone.
/// </summary>
public static partial class ScalingScheduleRules
{
    public const int MaxSchedules = 5;
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(300);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    private static readonly (int Min, int Max, string Name)[] CronFields =
        [(0, 59, "minute"), (0, 23, "hour"), (1, 31, "day of month"), (1, 12, "month"), (0, 7, "day of week")];

    public static void Validate(string path, IReadOnlyDictionary<string, ScalingScheduleInput> schedules, int? maxReplicaCount,
        CheckFailureCollector failures)
    {
        if (schedules.Count > MaxSchedules)
        {
            failures.Fail(path, $"holds {schedules.Count} schedules; Fireworks allows at most {MaxSchedules}");
        }

        foreach (var (name, schedule) in schedules)
        {
            var at = PropertyPath.Child(path, name);
            Required(failures, at, Names.MinReplicaCount, schedule.MinReplicaCount, "the minimum replica count during the window, e.g. 2");
            Required(failures, at, Names.Schedule, schedule.Schedule, "a five-field cron expression, e.g. \"0 9 * * 1-5\"");
            Required(failures, at, Names.Duration, schedule.Duration, "how long each window lasts, e.g. \"36000s\"");
            Required(failures, at, Names.Timezone, schedule.Timezone, "an IANA time zone, e.g. \"America/New_York\"");
            if (schedule.MinReplicaCount is { IsKnown: true } min
                && (min.Value < 0 || (maxReplicaCount is { } max && min.Value > max)))
            {
                failures.Fail(PropertyPath.Child(at, Names.MinReplicaCount),
                    $"must be between 0 and maxReplicaCount{(maxReplicaCount is { } m ? $" ({m})" : string.Empty)}; got {min.Value}");
            }

            if (schedule.Schedule is { IsKnown: true } cron && CronProblem(cron.Value) is { } problem)
            {
                failures.Fail(PropertyPath.Child(at, Names.Schedule),
                    $"\"{cron.Value}\" is not a five-field cron expression (minute hour day-of-month month day-of-week): {problem}");
            }

            if (schedule.Duration is { IsKnown: true } duration
                && (duration.Value < MinDuration || duration.Value > MaxDuration || duration.Value.Ticks % TimeSpan.TicksPerSecond != 0))
            {
                failures.Fail(PropertyPath.Child(at, Names.Duration),
                    $"must be whole seconds from 300s (5 minutes) to 604800s (7 days); got {DurationText.Format(duration.Value)}");
            }

            if (schedule.Timezone is { IsKnown: true } zone)
            {
                CheckTimezone(failures, PropertyPath.Child(at, Names.Timezone), zone.Value);
            }
        }
    }

    /// <summary>What is wrong with a cron expression, or null when it is well formed.</summary>
    public static string? CronProblem(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != CronFields.Length)
        {
            return $"it has {fields.Length} fields";
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var (min, max, name) = CronFields[i];
            foreach (var part in fields[i].Split(','))
            {
                var match = CronPart().Match(part);
                if (!match.Success)
                {
                    return $"the {name} field \"{fields[i]}\" is not a number, range, list, step or *";
                }

                foreach (var group in new[] { "from", "to" })
                {
                    if (match.Groups[group].Success
                        && int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                        && (number < min || number > max))
                    {
                        return $"{number} is outside the {name} range {min}-{max}";
                    }
                }
            }
        }

        return null;
    }

    private static void CheckTimezone(CheckFailureCollector failures, string path, string zone)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return;
        }

        if (!TimeZoneName().IsMatch(zone))
        {
            failures.Fail(path, $"\"{zone}\" is not an IANA time zone name; use e.g. \"UTC\", \"Europe/Berlin\" or \"America/New_York\"");
            return;
        }

        // A well-formed name this machine's time-zone database lacks: Fireworks decides.
        failures.Warn($"{path} \"{zone}\" is not a time zone this machine knows; it is passed to Fireworks as given");
    }

    private static void Required<T>(CheckFailureCollector failures, string at, string field, Known<T>? value, string what)
    {
        if (value is null)
        {
            failures.Fail(PropertyPath.Child(at, field), $"is required: {what}");
        }
    }

    [GeneratedRegex(@"^(\*|(?<from>\d{1,2}|[A-Za-z]{3})(-(?<to>\d{1,2}|[A-Za-z]{3}))?)(/\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CronPart();

    [GeneratedRegex(@"^(UTC|GMT|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+\-]+){1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZoneName();
}
