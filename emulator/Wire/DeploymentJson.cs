namespace Fireworks.Emulator.Wire;

/// <summary>
/// The Deployment message of the Gateway API 4.259.0 in proto-JSON (camelCase). Independent of the provider's models
/// on purpose: a field the provider sends that is not listed here is rejected as unknown, exactly like the real strict
/// parser would.
/// </summary>
internal sealed class DeploymentJson
{
    // Output only.
    public string? Name { get; set; }
    public string? CreateTime { get; set; }
    public string? UpdateTime { get; set; }
    public string? DeleteTime { get; set; }
    public string? PurgeTime { get; set; }
    public string? State { get; set; }
    public StatusJson? Status { get; set; }
    public int? ReplicaCount { get; set; }
    public int? DesiredReplicaCount { get; set; }
    public ReplicaStatsJson? ReplicaStats { get; set; }
    public string? Region { get; set; }
    public string? DirectRouteHandle { get; set; }
    public string? Cluster { get; set; }

    // Writable.
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? ExpireTime { get; set; }
    public string? BaseModel { get; set; }
    public Dictionary<string, string>? Annotations { get; set; }
    public string? AcceleratorType { get; set; }
    public int? AcceleratorCount { get; set; }
    public string? Precision { get; set; }
    public string? DeploymentShape { get; set; }
    public string? DeploymentTemplate { get; set; }
    public int? MinReplicaCount { get; set; }
    public int? MaxReplicaCount { get; set; }
    public int? MaxWithRevocableReplicaCount { get; set; }
    public AutoscalingPolicyJson? AutoscalingPolicy { get; set; }
    public PlacementJson? Placement { get; set; }
    public string? DirectRouteType { get; set; }
    public List<string>? DirectRouteApiKeys { get; set; }
    public bool? EnableAddons { get; set; }
    public int? NumPeftDeviceCached { get; set; }
    public int? MaxContextLength { get; set; }
    public string? DraftModel { get; set; }
    public int? DraftTokenCount { get; set; }
    public int? NgramSpeculationLength { get; set; }

    // [!] In SDK 1.2.x but not in 4.259.0; kept so existing clients that send it keep working.
    public bool? EnableMtp { get; set; }
    public bool? EnableSessionAffinity { get; set; }
    public AutoTuneJson? AutoTune { get; set; }
    public bool? DisableDeploymentSizeValidation { get; set; }
    public string? PricingPlanId { get; set; }
    public bool? EnableHotLoad { get; set; }
    public string? HotLoadBucketType { get; set; }
    public string? HotLoadBucketUrl { get; set; }
    public string? HotLoadTrainerJob { get; set; }
    public bool? EnableHotReloadLatestAddon { get; set; }
    public string? ActiveModelVersion { get; set; }
    public string? TargetModelVersion { get; set; }
}
