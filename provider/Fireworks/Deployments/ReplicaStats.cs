namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>Replica counts by lifecycle phase (output only; <c>gatewayReplicaStats</c>).</summary>
public sealed record ReplicaStats
{
    /// <summary>Replicas waiting for capacity.</summary>
    public int? PendingSchedulingReplicaCount { get; init; }

    /// <summary>Replicas downloading model weights.</summary>
    public int? DownloadingModelReplicaCount { get; init; }

    /// <summary>Replicas starting the serving engine.</summary>
    public int? InitializingReplicaCount { get; init; }

    /// <summary>Replicas serving traffic.</summary>
    public int? ReadyReplicaCount { get; init; }

    /// <summary>Replicas running on revocable capacity.</summary>
    public int? RevocableReplicaCount { get; init; }

    /// <summary>Partial replicas before a full one is ready: a fraction (the spec types it as a number).</summary>
    public double? PartialReplicaCount { get; init; }
}
