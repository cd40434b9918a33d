using System.Collections.Immutable;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Reads the writable part of a deployment as Fireworks holds it into <see cref="DeploymentInputs"/>: durations
/// parsed, the placement split into region / multiRegion / regions, the id taken from the name. Empty values count
/// as not set (proto3 JSON omits zero values, so an empty string says nothing about what the user declared).
/// Provider-only knobs keep their defaults; the caller copies the user's.
/// </summary>
public static class DeploymentServerState
{
    public static DeploymentInputs ToInputs(FireworksDeployment deployment) => new()
    {
        BaseModel = Text(deployment.BaseModel),
        DeploymentId = Text(IdOf(deployment.Name)),
        DisplayName = Text(deployment.DisplayName),
        Description = Text(deployment.Description),
        AcceleratorType = Text(deployment.AcceleratorType),
        AcceleratorCount = Number(deployment.AcceleratorCount),
        Precision = Text(deployment.Precision),
        DeploymentShape = Text(deployment.DeploymentShape),
        MinReplicaCount = Number(deployment.MinReplicaCount),
        MaxReplicaCount = Number(deployment.MaxReplicaCount),
        AutoscalingPolicy = Policy(deployment.AutoscalingPolicy),
        Region = Text(deployment.Placement?.Region),
        MultiRegion = Text(deployment.Placement?.MultiRegion),
        Regions = List(deployment.Placement?.Regions),
        DirectRouteType = Text(deployment.DirectRouteType),
        DirectRouteApiKeys = List(deployment.DirectRouteApiKeys),
        EnableAddons = Number(deployment.EnableAddons),
        MaxContextLength = Number(deployment.MaxContextLength),
        DraftModel = Text(deployment.DraftModel),
        DraftTokenCount = Number(deployment.DraftTokenCount),
        NgramSpeculationLength = Number(deployment.NgramSpeculationLength),
        Annotations = deployment.Annotations is { Count: > 0 } annotations
            ? Known<IReadOnlyDictionary<string, string>>.Of(annotations.ToImmutableDictionary(StringComparer.Ordinal))
            : null,
    };

    /// <summary>The last segment of <c>accounts/{a}/deployments/{id}</c>, or null.</summary>
    public static string? IdOf(string? name) =>
        string.IsNullOrEmpty(name) || name.EndsWith('/') ? null : name[(name.LastIndexOf('/') + 1)..];

    private static Known<string>? Text(string? value) => string.IsNullOrEmpty(value) ? null : Known<string>.Of(value);

    private static Known<T>? Number<T>(T? value)
        where T : struct =>
        value is { } known ? Known<T>.Of(known) : null;

    private static Known<IReadOnlyList<string>>? List(IReadOnlyList<string>? values) =>
        values is { Count: > 0 } ? Known<IReadOnlyList<string>>.Of([.. values]) : null;

    private static Known<AutoscalingPolicyInput>? Policy(Fireworks.Deployments.AutoscalingPolicy? policy)
    {
        if (policy is null)
        {
            return null;
        }

        var input = new AutoscalingPolicyInput
        {
            ScaleUpWindow = Duration(policy.ScaleUpWindow),
            ScaleDownWindow = Duration(policy.ScaleDownWindow),
            ScaleToZeroWindow = Duration(policy.ScaleToZeroWindow),
            LoadTargets = policy.LoadTargets is { Count: > 0 } targets
                ? Known<IReadOnlyDictionary<string, double>>.Of(targets.ToImmutableDictionary(StringComparer.Ordinal))
                : null,
        };
        return input == new AutoscalingPolicyInput() ? null : Known<AutoscalingPolicyInput>.Of(input);
    }

    private static Known<TimeSpan>? Duration(string? text) =>
        text is not null && DurationText.TryParse(text, out var duration) ? Known<TimeSpan>.Of(duration) : null;
}
