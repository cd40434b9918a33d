namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>How a deployment scales between its minimum and maximum replica counts.</summary>
public sealed record AutoscalingPolicy
{
    /// <summary>Proto-JSON duration (e.g. <c>"30s"</c>) to wait before scaling up.</summary>
    public string? ScaleUpWindow { get; init; }

    /// <summary>Proto-JSON duration (e.g. <c>"600s"</c>) to wait before scaling down.</summary>
    public string? ScaleDownWindow { get; init; }

    /// <summary>Proto-JSON duration of idleness after which the deployment scales to zero (at least 5 minutes).</summary>
    public string? ScaleToZeroWindow { get; init; }

    /// <summary>
    /// Load targets by metric name (<c>default</c>, <c>tokens_generated_per_second</c>, <c>prompt_tokens_per_second</c>,
    /// <c>requests_per_second</c>, <c>concurrent_requests</c>); keys are sent verbatim.
    /// </summary>
    public IReadOnlyDictionary<string, double>? LoadTargets { get; init; }

    /// <summary>Raised minimums during recurring windows, by schedule name (at most five).</summary>
    public IReadOnlyDictionary<string, ScalingSchedule>? ScalingSchedules { get; init; }
}
