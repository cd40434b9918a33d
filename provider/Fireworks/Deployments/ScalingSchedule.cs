namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>A recurring window with a raised minimum replica count (part of <see cref="AutoscalingPolicy"/>).</summary>
public sealed record ScalingSchedule
{
    /// <summary>The minimum replica count during the window.</summary>
    public int? MinReplicaCount { get; init; }

    /// <summary>Five-field cron expression: when each window starts.</summary>
    public string? Schedule { get; init; }

    /// <summary>Proto-JSON duration of each window (whole seconds, e.g. <c>"3600s"</c>).</summary>
    public string? Duration { get; init; }

    /// <summary>IANA time zone of the cron expression.</summary>
    public string? Timezone { get; init; }

    /// <summary>Free-form description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the schedule is off.</summary>
    public bool? Disabled { get; init; }
}
