using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// A deployment as the service returns it. Read-only shape: fields the client does not know are ignored,
/// and this type is never serialized into a request (see <see cref="DeploymentSpec"/>).
/// </summary>
public sealed record Deployment
{
    /// <summary>Full name, <c>accounts/{account}/deployments/{id}</c>.</summary>
    public string? Name { get; init; }

    /// <summary>See <see cref="DeploymentSpec.DisplayName"/>.</summary>
    public string? DisplayName { get; init; }

    /// <summary>See <see cref="DeploymentSpec.Description"/>.</summary>
    public string? Description { get; init; }

    /// <summary>See <see cref="DeploymentSpec.BaseModel"/>.</summary>
    public string? BaseModel { get; init; }

    /// <summary>See <see cref="DeploymentSpec.AcceleratorType"/>.</summary>
    public string? AcceleratorType { get; init; }

    /// <summary>See <see cref="DeploymentSpec.AcceleratorCount"/>.</summary>
    public int? AcceleratorCount { get; init; }

    /// <summary>See <see cref="DeploymentSpec.Precision"/>.</summary>
    public string? Precision { get; init; }

    /// <summary>The shape, usually in its versioned form (<c>…/versions/{v}</c>).</summary>
    public string? DeploymentShape { get; init; }

    /// <summary>See <see cref="DeploymentSpec.MinReplicaCount"/>.</summary>
    public int? MinReplicaCount { get; init; }

    /// <summary>See <see cref="DeploymentSpec.MaxReplicaCount"/>.</summary>
    public int? MaxReplicaCount { get; init; }

    /// <summary>See <see cref="DeploymentSpec.AutoscalingPolicy"/>.</summary>
    public AutoscalingPolicy? AutoscalingPolicy { get; init; }

    /// <summary>See <see cref="DeploymentSpec.Placement"/>.</summary>
    public Placement? Placement { get; init; }

    /// <summary>See <see cref="DeploymentSpec.DirectRouteType"/>.</summary>
    public string? DirectRouteType { get; init; }

    /// <summary>Direct-route keys as the service returns them (in plain text). Secret.</summary>
    public IReadOnlyList<string>? DirectRouteApiKeys { get; init; }

    /// <summary>See <see cref="DeploymentSpec.EnableAddons"/>.</summary>
    public bool? EnableAddons { get; init; }

    /// <summary>See <see cref="DeploymentSpec.MaxContextLength"/>.</summary>
    public int? MaxContextLength { get; init; }

    /// <summary>See <see cref="DeploymentSpec.DraftModel"/>.</summary>
    public string? DraftModel { get; init; }

    /// <summary>See <see cref="DeploymentSpec.DraftTokenCount"/>.</summary>
    public int? DraftTokenCount { get; init; }

    /// <summary>See <see cref="DeploymentSpec.NgramSpeculationLength"/>.</summary>
    public int? NgramSpeculationLength { get; init; }

    /// <summary>See <see cref="DeploymentSpec.Annotations"/>.</summary>
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    /// <summary>Lifecycle state (open set; see <see cref="DeploymentStates"/>). Output only.</summary>
    public string? State { get; init; }

    /// <summary>Outcome of the latest operation. Output only.</summary>
    public OperationStatus? Status { get; init; }

    /// <summary>Current number of replicas. Output only.</summary>
    public int? ReplicaCount { get; init; }

    /// <summary>The replica count the service is working towards. Output only.</summary>
    public int? DesiredReplicaCount { get; init; }

    /// <summary>Replica counts by phase. Output only.</summary>
    public ReplicaStats? ReplicaStats { get; init; }

    /// <summary>The region the deployment currently runs in. Output only.</summary>
    public string? Region { get; init; }

    /// <summary>Direct-route endpoint (host name for <c>INTERNET</c>), set once ready. Output only.</summary>
    public string? DirectRouteHandle { get; init; }

    /// <summary>Bring-your-own-cloud cluster. Output only.</summary>
    public string? Cluster { get; init; }

    /// <summary>Number of PEFT adapters cached on devices. Output only.</summary>
    public int? NumPeftDeviceCached { get; init; }

    /// <summary>Creation time, RFC 3339. Output only.</summary>
    public string? CreateTime { get; init; }

    /// <summary>Last update time, RFC 3339. Output only.</summary>
    public string? UpdateTime { get; init; }

    /// <summary>When the deployment will be (or was) soft deleted. Output only.</summary>
    public string? DeleteTime { get; init; }

    /// <summary>When a soft-deleted deployment will be purged. Output only.</summary>
    public string? PurgeTime { get; init; }
}
