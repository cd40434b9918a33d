using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// A deployment as the service returns it (<c>gatewayDeployment</c>, API 4.259.0): every field typed as that spec
/// types it, enums as strings. Read-only shape: fields the client does not know are ignored, and this type is never
/// serialized into a request (see <see cref="DeploymentSpec"/>), so output-only and server-driven fields
/// (<see cref="ActiveModelVersion"/>, <see cref="TargetModelVersion"/>) can never be sent back.
/// </summary>
public sealed record Deployment
{
    /// <summary>Full name, <c>accounts/{account}/deployments/{id}</c>.</summary>
    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? CreateTime { get; init; }

    public string? ExpireTime { get; init; }

    /// <summary>When a soft-deleted deployment will be purged. Output only.</summary>
    public string? PurgeTime { get; init; }

    /// <summary>When the deployment will be (or was) soft deleted. Output only.</summary>
    public string? DeleteTime { get; init; }

    /// <summary>Lifecycle state (open set; see <see cref="DeploymentStates"/>). Output only.</summary>
    public string? State { get; init; }

    /// <summary>Outcome of the latest operation. Output only.</summary>
    public OperationStatus? Status { get; init; }

    public int? MinReplicaCount { get; init; }

    public int? MaxReplicaCount { get; init; }

    public int? MaxWithRevocableReplicaCount { get; init; }

    /// <summary>The replica count the service is working towards. Output only.</summary>
    public int? DesiredReplicaCount { get; init; }

    /// <summary>Current number of replicas. Output only.</summary>
    public int? ReplicaCount { get; init; }

    public AutoscalingPolicy? AutoscalingPolicy { get; init; }

    public string? BaseModel { get; init; }

    public int? AcceleratorCount { get; init; }

    public string? AcceleratorType { get; init; }

    public string? Precision { get; init; }

    /// <summary>Bring-your-own-cloud cluster. Output only.</summary>
    public string? Cluster { get; init; }

    public bool? EnableAddons { get; init; }

    public int? DraftTokenCount { get; init; }

    public string? DraftModel { get; init; }

    public int? NgramSpeculationLength { get; init; }

    public bool? EnableSessionAffinity { get; init; }

    /// <summary>Direct-route keys as the service returns them (in plain text). Secret.</summary>
    public IReadOnlyList<string>? DirectRouteApiKeys { get; init; }

    /// <summary>Number of PEFT adapters cached on devices.</summary>
    public int? NumPeftDeviceCached { get; init; }

    public string? DirectRouteType { get; init; }

    /// <summary>Direct-route endpoint (host name for <c>INTERNET</c>), set once ready. Output only.</summary>
    public string? DirectRouteHandle { get; init; }

    public string? DeploymentTemplate { get; init; }

    public AutoTune? AutoTune { get; init; }

    public Placement? Placement { get; init; }

    /// <summary>The region the deployment currently runs in. Output only.</summary>
    public string? Region { get; init; }

    public int? MaxContextLength { get; init; }

    public string? UpdateTime { get; init; }

    public bool? DisableDeploymentSizeValidation { get; init; }

    public bool? EnableHotLoad { get; init; }

    public string? HotLoadBucketType { get; init; }

    public string? HotLoadBucketUrl { get; init; }

    /// <summary>The shape, usually in its versioned form (<c>…/versions/{v}</c>).</summary>
    public string? DeploymentShape { get; init; }

    /// <summary>The model version replicas run now (server-driven; never sent).</summary>
    public string? ActiveModelVersion { get; init; }

    /// <summary>The model version being rolled out (server-driven; never sent).</summary>
    public string? TargetModelVersion { get; init; }

    /// <summary>Replica counts by phase. Output only.</summary>
    public ReplicaStats? ReplicaStats { get; init; }

    public string? HotLoadTrainerJob { get; init; }

    public bool? EnableHotReloadLatestAddon { get; init; }

    public string? PricingPlanId { get; init; }

    /// <summary>Free-form annotations (the provider keeps its own URN annotation here too).</summary>
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }
}
