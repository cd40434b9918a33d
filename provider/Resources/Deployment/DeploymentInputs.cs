using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// The typed inputs of <c>fireworks:index:Deployment</c>. A null member was not set; a <see cref="Known{T}"/> that is
/// unknown holds the engine's value during preview. Each member is declared once in <see cref="DeploymentProperties"/>
/// (name, reading, writing, request body, service state, change behaviour). <see cref="ToString"/> never shows a secret.
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

    public Known<int>? MaxWithRevocableReplicaCount { get; init; }

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

    /// <summary>The user's annotations (never the provider's own URN annotation).</summary>
    public Known<IReadOnlyDictionary<string, string>>? Annotations { get; init; }

    public Known<DateTimeOffset>? ExpireTime { get; init; }

    public Known<bool>? EnableSessionAffinity { get; init; }

    public Known<int>? NumPeftDeviceCached { get; init; }

    public Known<AutoTuneInput>? AutoTune { get; init; }

    public Known<string>? DeploymentTemplate { get; init; }

    public Known<bool>? DisableDeploymentSizeValidation { get; init; }

    public Known<string>? PricingPlanId { get; init; }

    public Known<bool>? EnableHotLoad { get; init; }

    public Known<string>? HotLoadBucketType { get; init; }

    public Known<string>? HotLoadBucketUrl { get; init; }

    public Known<string>? HotLoadTrainerJob { get; init; }

    public Known<bool>? EnableHotReloadLatestAddon { get; init; }

    /// <summary>Create-time query flag: ignore the base model's speculative-decoding defaults.</summary>
    public Known<bool>? DisableSpeculativeDecoding { get; init; }

    /// <summary>Query flag of creates and updates: allow a shape version Fireworks has not validated.</summary>
    public Known<bool>? SkipShapeValidation { get; init; }

    public Known<bool> WaitForReady { get; init; } = Known<bool>.Of(DeploymentDefaults.WaitForReady);

    public Known<bool> HardDelete { get; init; } = Known<bool>.Of(DeploymentDefaults.HardDelete);

    public Known<bool> IgnoreChecksOnDelete { get; init; } = Known<bool>.Of(DeploymentDefaults.IgnoreChecksOnDelete);

    /// <summary>Top-level inputs that arrived secret (in whole or in part); they are written back secret.</summary>
    public ImmutableHashSet<string> SecretProperties { get; init; } =
        ImmutableHashSet.Create(StringComparer.Ordinal, DeploymentPropertyNames.DirectRouteApiKeys);

    /// <summary>Inputs the provider filled in rather than the user (kept under <c>__defaults</c>).</summary>
    public ImmutableHashSet<string> DefaultedProperties { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>The direct-route keys, when known (for redacting messages).</summary>
    public IReadOnlyList<string> KnownKeys => DirectRouteApiKeys is { IsKnown: true } keys ? keys.Value : [];

    /// <summary>The inputs as the engine stores them: secrets wrapped, unknowns as they came, defaults filled.</summary>
    public ImmutableDictionary<string, PropertyValue> ToPropertyMap() => DeploymentInputsWriter.Write(this);

    public override string ToString() => $"DeploymentInputs {PropertyValue.CreateMap(ToPropertyMap())}";
}
