using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The Pulumi property names of <c>fireworks:index:Deployment</c> (see the property contract).</summary>
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
    public const string WaitForReady = "waitForReady";
    public const string HardDelete = "hardDelete";
    public const string IgnoreChecksOnDelete = "ignoreChecksOnDelete";

    public const string ScaleUpWindow = "scaleUpWindow";
    public const string ScaleDownWindow = "scaleDownWindow";
    public const string ScaleToZeroWindow = "scaleToZeroWindow";
    public const string LoadTargets = "loadTargets";

    public const string Name = "name";
    public const string State = "state";
    public const string Status = "status";
    public const string ReplicaCount = "replicaCount";
    public const string DesiredReplicaCount = "desiredReplicaCount";
    public const string DirectRouteHandle = "directRouteHandle";
    public const string CreateTime = "createTime";
    public const string UpdateTime = "updateTime";

    /// <summary>
    /// Internal key of the checked inputs that lists the inputs the provider filled in (not the user). The engine
    /// hides keys starting with <c>__</c> from the diff display; Diff reads it to tell an explicit deploymentId
    /// from a generated one.
    /// </summary>
    public const string Defaults = "__defaults";

    /// <summary>Every input, in the contract's order (used in messages).</summary>
    public static ImmutableArray<string> Inputs { get; } =
    [
        BaseModel, DeploymentId, DisplayName, Description, AcceleratorType, AcceleratorCount, Precision,
        DeploymentShape, MinReplicaCount, MaxReplicaCount, AutoscalingPolicy, Region, MultiRegion, Regions,
        DirectRouteType, DirectRouteApiKeys, EnableAddons, MaxContextLength, DraftModel, DraftTokenCount,
        NgramSpeculationLength, Annotations, WaitForReady, HardDelete, IgnoreChecksOnDelete,
    ];

    public static ImmutableArray<string> AutoscalingPolicyInputs { get; } =
        [ScaleUpWindow, ScaleDownWindow, ScaleToZeroWindow, LoadTargets];

    /// <summary>Inputs whose change replaces the deployment (Fireworks cannot change them in place).</summary>
    public static ImmutableHashSet<string> ReplaceOnChange { get; } =
        ImmutableHashSet.Create(StringComparer.Ordinal,
            BaseModel, DeploymentId, AcceleratorType, Region, MultiRegion, Regions, DirectRouteType);

    /// <summary>Outputs that only the service computes.</summary>
    public static ImmutableArray<string> ServerComputedOutputs { get; } =
        [State, Status, ReplicaCount, DesiredReplicaCount, DirectRouteHandle, CreateTime, UpdateTime];
}
