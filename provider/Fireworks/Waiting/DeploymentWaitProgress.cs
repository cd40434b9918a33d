using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>What one poll of a wait saw.</summary>
/// <param name="Name">The deployment name.</param>
/// <param name="State">The state, or null when the deployment was not found.</param>
/// <param name="ReplicaCount">Current replicas.</param>
/// <param name="DesiredReplicaCount">Replicas the service is working towards.</param>
/// <param name="ReplicaStats">Replica counts by phase.</param>
/// <param name="Elapsed">Time since the wait began.</param>
/// <param name="Polls">Polls made so far, this one included.</param>
public sealed record DeploymentWaitProgress(
    string Name,
    string? State,
    int? ReplicaCount,
    int? DesiredReplicaCount,
    ReplicaStats? ReplicaStats,
    TimeSpan Elapsed,
    int Polls);
