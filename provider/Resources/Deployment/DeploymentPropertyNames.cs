namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// The Pulumi property names of <c>fireworks:index:Deployment</c>. Which of them are inputs, and how each behaves,
/// is declared once in <see cref="DeploymentProperties"/>.
/// </summary>
public static class DeploymentPropertyNames
{
    public const string BaseModel = "baseModel";
    public const string DeploymentId = "deploymentId";
    public const string DisplayName = "displayName";
    public const string Description = "description";
    public const string AcceleratorType = "acceleratorType";
    public const string AcceleratorCount = "acceleratorCount";
    public const string Precision = "precision";
    public const string DeploymentShape = "deploymentShape";
    public const string MinReplicaCount = "minReplicaCount";
    public const string MaxReplicaCount = "maxReplicaCount";
    public const string MaxWithRevocableReplicaCount = "maxWithRevocableReplicaCount";
    public const string AutoscalingPolicy = "autoscalingPolicy";
    public const string Region = "region";
    public const string MultiRegion = "multiRegion";
    public const string Regions = "regions";
    public const string DirectRouteType = "directRouteType";
    public const string DirectRouteApiKeys = "directRouteApiKeys";
    public const string EnableAddons = "enableAddons";
    public const string MaxContextLength = "maxContextLength";
    public const string DraftModel = "draftModel";
    public const string DraftTokenCount = "draftTokenCount";
    public const string NgramSpeculationLength = "ngramSpeculationLength";
    public const string Annotations = "annotations";
    public const string ExpireTime = "expireTime";
    public const string EnableSessionAffinity = "enableSessionAffinity";
    public const string NumPeftDeviceCached = "numPeftDeviceCached";
    public const string AutoTune = "autoTune";
    public const string DeploymentTemplate = "deploymentTemplate";
    public const string DisableDeploymentSizeValidation = "disableDeploymentSizeValidation";
    public const string PricingPlanId = "pricingPlanId";
    public const string EnableHotLoad = "enableHotLoad";
    public const string HotLoadBucketType = "hotLoadBucketType";
    public const string HotLoadBucketUrl = "hotLoadBucketUrl";
    public const string HotLoadTrainerJob = "hotLoadTrainerJob";
    public const string EnableHotReloadLatestAddon = "enableHotReloadLatestAddon";
    public const string DisableSpeculativeDecoding = "disableSpeculativeDecoding";
    public const string SkipShapeValidation = "skipShapeValidation";
    public const string WaitForReady = "waitForReady";
    public const string HardDelete = "hardDelete";
    public const string IgnoreChecksOnDelete = "ignoreChecksOnDelete";

    public const string ScaleUpWindow = "scaleUpWindow";
    public const string ScaleDownWindow = "scaleDownWindow";
    public const string ScaleToZeroWindow = "scaleToZeroWindow";
    public const string LoadTargets = "loadTargets";
    public const string ScalingSchedules = "scalingSchedules";
    public const string Schedule = "schedule";
    public const string Duration = "duration";
    public const string Timezone = "timezone";
    public const string Disabled = "disabled";
    public const string LongPrompt = "longPrompt";

    public const string Name = "name";
    public const string State = "state";
    public const string Status = "status";
    public const string ReplicaCount = "replicaCount";
    public const string DesiredReplicaCount = "desiredReplicaCount";
    public const string ReplicaStats = "replicaStats";
    public const string DirectRouteHandle = "directRouteHandle";
    public const string CreateTime = "createTime";
    public const string UpdateTime = "updateTime";
    public const string DeleteTime = "deleteTime";
    public const string PurgeTime = "purgeTime";
    public const string ActiveModelVersion = "activeModelVersion";
    public const string TargetModelVersion = "targetModelVersion";
    public const string Cluster = "cluster";

    /// <summary>
    /// Internal key of the checked inputs that lists the inputs the provider filled in (not the user). Diff reads
    /// it to tell an explicit deploymentId from a generated one.
    /// </summary>
    public const string Defaults = Kernel.InternalKeys.Defaults;
}
