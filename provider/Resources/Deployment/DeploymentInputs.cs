using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// The typed inputs of <c>fireworks:index:Deployment</c>. A null member was not set; a <see cref="Known{T}"/> that is
/// unknown holds the engine's value during preview. Parse with <see cref="DeploymentInputsParser"/>; turn back into
/// a property map with <see cref="ToPropertyMap"/>. <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed record DeploymentInputs
{
    public Known<string>? BaseModel { get; init; }

    public Known<string>? DeploymentId { get; init; }

    public Known<string>? DisplayName { get; init; }

    public Known<string>? Description { get; init; }

    public Known<string>? AcceleratorType { get; init; }

    public Known<int>? AcceleratorCount { get; init; }

    public Known<string>? Precision { get; init; }

    public Known<string>? DeploymentShape { get; init; }

    public Known<int>? MinReplicaCount { get; init; }

    public Known<int>? MaxReplicaCount { get; init; }

    public Known<AutoscalingPolicyInput>? AutoscalingPolicy { get; init; }

    public Known<string>? Region { get; init; }

    public Known<string>? MultiRegion { get; init; }

    public Known<IReadOnlyList<string>>? Regions { get; init; }

    public Known<string>? DirectRouteType { get; init; }

    /// <summary>Always secret: written back wrapped as a secret.</summary>
    public Known<IReadOnlyList<string>>? DirectRouteApiKeys { get; init; }

    public Known<bool>? EnableAddons { get; init; }

    public Known<int>? MaxContextLength { get; init; }

    public Known<string>? DraftModel { get; init; }

    public Known<int>? DraftTokenCount { get; init; }

    public Known<int>? NgramSpeculationLength { get; init; }

    public Known<IReadOnlyDictionary<string, string>>? Annotations { get; init; }

    public Known<bool> WaitForReady { get; init; } = Known<bool>.Of(DeploymentDefaults.WaitForReady);

    public Known<bool> HardDelete { get; init; } = Known<bool>.Of(DeploymentDefaults.HardDelete);

    public Known<bool> IgnoreChecksOnDelete { get; init; } =
        Known<bool>.Of(DeploymentDefaults.IgnoreChecksOnDelete);

    /// <summary>Top-level inputs that arrived secret (in whole or in part); they are written back secret.</summary>
    public ImmutableHashSet<string> SecretProperties { get; init; } =
        ImmutableHashSet.Create(StringComparer.Ordinal, DeploymentPropertyNames.DirectRouteApiKeys);

    /// <summary>Inputs the provider filled in rather than the user (kept under <c>__defaults</c>).</summary>
    public ImmutableHashSet<string> DefaultedProperties { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>The inputs as the engine stores them: secrets wrapped, unknowns as they came, defaults filled.</summary>
    public ImmutableDictionary<string, PropertyValue> ToPropertyMap() => DeploymentInputsWriter.Write(this);

    public override string ToString() => $"DeploymentInputs {PropertyValue.CreateMap(ToPropertyMap())}";
}
