namespace Fireworks.Emulator.Wire;

/// <summary>Replica counts by phase (output only). <c>partialReplicaCount</c> is a JSON number, fractional while replicas come up.</summary>
internal sealed class ReplicaStatsJson
{
    public int? PendingSchedulingReplicaCount { get; set; }
    public int? DownloadingModelReplicaCount { get; set; }
    public int? InitializingReplicaCount { get; set; }
    public int? ReadyReplicaCount { get; set; }
    public int? RevocableReplicaCount { get; set; }
    public double? PartialReplicaCount { get; set; }
}
