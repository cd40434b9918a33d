namespace Fireworks.Emulator.Wire;

/// <summary>Replica counts by phase (output only).</summary>
internal sealed class ReplicaStatsJson
{
    public int? PendingSchedulingReplicaCount { get; set; }
    public int? DownloadingModelReplicaCount { get; set; }
    public int? InitializingReplicaCount { get; set; }
    public int? ReadyReplicaCount { get; set; }
}
