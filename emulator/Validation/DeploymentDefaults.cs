using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Values the server fills in or rewrites, so that clients see what a real GET returns rather than what they sent.
/// Which fields the real server fills is partly inferred; each choice is noted.
/// </summary>
internal static class DeploymentDefaults
{
    /// <summary>The accelerator a shape resolves to in the emulator (shapes are opaque here; [I]).</summary>
    public const string ShapeAcceleratorType = "NVIDIA_H100_80GB";

    public static void Apply(DeploymentJson spec)
    {
        if (spec.DeploymentShape is { } shape)
        {
            // [C] the server rewrites a shape to its versioned name.
            if (!shape.Contains("/versions/", StringComparison.Ordinal))
            {
                spec.DeploymentShape = shape + "/versions/1";
            }

            // [C] validateOnly shows the accelerator a shape resolves to; the emulator resolves every shape alike.
            spec.AcceleratorType ??= ShapeAcceleratorType;
        }

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
    }

    private static string Normalize(string? text, string fallback) =>
        text is not null && ProtoDuration.TryParse(text, out var value) ? ProtoDuration.Format(value) : text ?? fallback;
}
