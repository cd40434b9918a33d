using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Turns checked inputs into Fireworks request bodies. Only what the user set is sent: provider-only knobs,
/// <c>deploymentId</c> (a query parameter) and the internal <c>__defaults</c> have no field in
/// <see cref="DeploymentSpec"/>, so they can never reach the service.
/// </summary>
public static class DeploymentSpecBuilder
{
    /// <summary>Properties that exist only in the provider: changing them never calls Fireworks.</summary>
    public static IReadOnlySet<string> ProviderOnly { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Names.WaitForReady, Names.HardDelete, Names.IgnoreChecksOnDelete };

    /// <summary>The create body: every writable input the user set, and nothing else.</summary>
    public static DeploymentSpec ForCreate(DeploymentInputs inputs) => new()
    {
        BaseModel = Value(inputs.BaseModel),
        DisplayName = Value(inputs.DisplayName),
        Description = Value(inputs.Description),
        AcceleratorType = Value(inputs.AcceleratorType),
        AcceleratorCount = Number(inputs.AcceleratorCount),
        Precision = Value(inputs.Precision),
        DeploymentShape = Value(inputs.DeploymentShape),
        MinReplicaCount = Number(inputs.MinReplicaCount),
        MaxReplicaCount = Number(inputs.MaxReplicaCount),
        AutoscalingPolicy = Policy(inputs.AutoscalingPolicy),
        Placement = Placement(inputs),
        DirectRouteType = Value(inputs.DirectRouteType),
        DirectRouteApiKeys = Value(inputs.DirectRouteApiKeys),
        EnableAddons = Number(inputs.EnableAddons),
        MaxContextLength = Number(inputs.MaxContextLength),
        DraftModel = Value(inputs.DraftModel),
        DraftTokenCount = Number(inputs.DraftTokenCount),
        NgramSpeculationLength = Number(inputs.NgramSpeculationLength),
        Annotations = Value(inputs.Annotations),
    };

    /// <summary>
    /// The PATCH body for the <paramref name="changed"/> top-level properties that Fireworks can change in place.
    /// A property the user removed is sent with its empty or default value so that the mask names it and the
    /// service resets it. Properties that force replacement are never sent (Diff replaces instead).
    /// </summary>
    public static DeploymentSpec ForUpdate(DeploymentInputs inputs, IEnumerable<string> changed)
    {
        var spec = new DeploymentSpec();
        foreach (var name in changed)
        {
            spec = name switch
            {
                Names.DisplayName => spec with { DisplayName = Value(inputs.DisplayName) ?? string.Empty },
                Names.Description => spec with { Description = Value(inputs.Description) ?? string.Empty },
                Names.AcceleratorCount => spec with { AcceleratorCount = Number(inputs.AcceleratorCount) ?? 0 },
                Names.Precision => spec with { Precision = Value(inputs.Precision) ?? "PRECISION_UNSPECIFIED" },
                Names.DeploymentShape => spec with { DeploymentShape = Value(inputs.DeploymentShape) ?? string.Empty },
                Names.MinReplicaCount => spec with { MinReplicaCount = Number(inputs.MinReplicaCount) ?? 0 },

                // An unset maximum is max(min, 1) on the service; sending 0 would scale the deployment to zero.
                Names.MaxReplicaCount => spec with
                {
                    MaxReplicaCount = Number(inputs.MaxReplicaCount) ?? Math.Max(Number(inputs.MinReplicaCount) ?? 0, 1),
                },
                Names.AutoscalingPolicy => spec with { AutoscalingPolicy = Policy(inputs.AutoscalingPolicy) ?? new AutoscalingPolicy() },
                Names.DirectRouteApiKeys => spec with { DirectRouteApiKeys = Value(inputs.DirectRouteApiKeys) ?? [] },
                Names.EnableAddons => spec with { EnableAddons = Number(inputs.EnableAddons) ?? false },
                Names.MaxContextLength => spec with { MaxContextLength = Number(inputs.MaxContextLength) ?? 0 },
                Names.DraftModel => spec with { DraftModel = Value(inputs.DraftModel) ?? string.Empty },
                Names.DraftTokenCount => spec with { DraftTokenCount = Number(inputs.DraftTokenCount) ?? 0 },
                Names.NgramSpeculationLength => spec with
                {
                    NgramSpeculationLength = Number(inputs.NgramSpeculationLength) ?? 0,
                },
                Names.Annotations => spec with
                {
                    Annotations = Value(inputs.Annotations) ?? new Dictionary<string, string>(),
                },
                _ => spec,
            };
        }

        return spec;
    }

    /// <summary>True when <paramref name="spec"/> sets no field (nothing to send).</summary>
    public static bool IsEmpty(DeploymentSpec spec) => spec == new DeploymentSpec();

    private static T? Value<T>(Known<T>? value)
        where T : class =>
        value is { IsKnown: true } ? value.Value : null;

    private static T? Number<T>(Known<T>? value)
        where T : struct =>
        value is { IsKnown: true } ? value.Value : null;

    private static Placement? Placement(DeploymentInputs inputs)
    {
        var region = Value(inputs.Region);
        var multiRegion = Value(inputs.MultiRegion);
        var regions = Value(inputs.Regions);
        return region is null && multiRegion is null && regions is null
            ? null
            : new Placement { Region = region, MultiRegion = multiRegion, Regions = regions };
    }

    private static AutoscalingPolicy? Policy(Known<AutoscalingPolicyInput>? known)
    {
        if (known is not { IsKnown: true })
        {
            return null;
        }

        var policy = known.Value;
        return new AutoscalingPolicy
        {
            ScaleUpWindow = Duration(policy.ScaleUpWindow),
            ScaleDownWindow = Duration(policy.ScaleDownWindow),
            ScaleToZeroWindow = Duration(policy.ScaleToZeroWindow),
            LoadTargets = Value(policy.LoadTargets),
        };
    }

    private static string? Duration(Known<TimeSpan>? value) =>
        value is { IsKnown: true } ? DurationText.Format(value.Value) : null;
}
