using Fireworks.Emulator.State;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Values the server fills in or rewrites, so that clients see what a real GET returns rather than what they sent.
/// Which fields the real server fills is partly inferred; each choice is noted.
/// </summary>
internal static class DeploymentDefaults
{
    /// <summary>
    /// [C] the server rewrites a shape to the versioned name it resolved, and the shape owns the hardware: the
    /// accelerator type, count and precision come from that version's snapshot (a precision the snapshot leaves
    /// unset keeps the client's value).
    /// </summary>
    public static void ApplyShape(DeploymentJson spec, ResolvedShape shape)
    {
        var definition = shape.Version.Definition;
        spec.DeploymentShape = shape.VersionName;
        spec.AcceleratorType = definition.AcceleratorType;
        spec.AcceleratorCount = definition.AcceleratorCount;
        spec.Precision = definition.Precision ?? spec.Precision;
    }

    public static void Apply(DeploymentJson spec)
    {
        // [C] acceleratorCount defaults to the estimated minimum; 1 here.
        if (spec.AcceleratorCount is null or 0)
        {
            spec.AcceleratorCount = 1;
        }

        // [C] min defaults to 0, max to max(min, 1).
        spec.MinReplicaCount ??= 0;
        spec.MaxReplicaCount ??= Math.Max(spec.MinReplicaCount.Value, 1);

        // [I] the server always returns a complete autoscaling policy, durations in seconds form.
        var policy = spec.AutoscalingPolicy ??= new AutoscalingPolicyJson();
        policy.ScaleUpWindow = Normalize(policy.ScaleUpWindow, "30s");
        policy.ScaleDownWindow = Normalize(policy.ScaleDownWindow, "600s");
        policy.ScaleToZeroWindow = Normalize(policy.ScaleToZeroWindow, "3600s");

        // [C] an unset placement means the GLOBAL multi-region; [I] the server returns it filled in.
        if (spec.Placement is null || (spec.Placement.Region is null && spec.Placement.MultiRegion is null && spec.Placement.Regions is null))
        {
            spec.Placement = new PlacementJson { MultiRegion = "GLOBAL" };
        }

        // protojson writes timestamps in UTC.
        if (spec.ExpireTime is { } expire && ProtoTimestamp.TryParse(expire, out var expireTime))
        {
            spec.ExpireTime = ProtoTimestamp.Format(expireTime);
        }
    }

    private static string Normalize(string? text, string fallback) =>
        text is not null && ProtoDuration.TryParse(text, out var value) ? ProtoDuration.Format(value) : text ?? fallback;
}
