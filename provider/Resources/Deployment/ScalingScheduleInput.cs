using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The <c>fireworks:index:ScalingSchedule</c> input: a raised minimum during recurring windows.</summary>
public sealed record ScalingScheduleInput
{
    public Known<int>? MinReplicaCount { get; init; }

    /// <summary>A five-field cron expression: when each window starts.</summary>
    public Known<string>? Schedule { get; init; }

    /// <summary>How long each window lasts (whole seconds, 300 s to 7 days).</summary>
    public Known<TimeSpan>? Duration { get; init; }

    /// <summary>The IANA time zone the cron expression is read in.</summary>
    public Known<string>? Timezone { get; init; }

    public Known<string>? Description { get; init; }

    public Known<bool>? Disabled { get; init; }
}
