using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The <c>fireworks:index:AutoscalingPolicy</c> input. Null members were not set.</summary>
public sealed record AutoscalingPolicyInput
{
    public Known<TimeSpan>? ScaleUpWindow { get; init; }

    public Known<TimeSpan>? ScaleDownWindow { get; init; }

    public Known<TimeSpan>? ScaleToZeroWindow { get; init; }

    /// <summary>Target per load metric (<c>default</c> is a fraction 0..1).</summary>
    public Known<IReadOnlyDictionary<string, double>>? LoadTargets { get; init; }

    /// <summary>Minimum replicas by time of day, by schedule name.</summary>
    public Known<IReadOnlyDictionary<string, ScalingScheduleInput>>? ScalingSchedules { get; init; }
}
