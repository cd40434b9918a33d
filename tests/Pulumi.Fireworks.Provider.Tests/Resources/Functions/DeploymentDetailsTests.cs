using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Tests.Support;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class DeploymentDetailsTests
{
    /// <summary>A deployment with every field the service reports filled in.</summary>
    private static readonly FireworksDeployment Full = new()
    {
        Name = "accounts/acme/deployments/chat-1",
        DisplayName = "chat",
        Description = "the chat deployment",
        CreateTime = "2026-01-01T00:00:00Z",
        UpdateTime = "2026-01-02T00:00:00Z",
        ExpireTime = "2027-01-01T00:00:00Z",
        DeleteTime = "2026-03-01T00:00:00Z",
        PurgeTime = "2026-04-01T00:00:00Z",
        State = DeploymentStates.Ready,
        Status = new OperationStatus { Code = "OK", Message = "ready" },
        BaseModel = DeploymentProps.Model,
        AcceleratorType = DeploymentProps.Accelerator,
        AcceleratorCount = 2,
        Precision = "FP8",
        DeploymentShape = "accounts/fireworks/deploymentShapes/s/versions/v1",
        MinReplicaCount = 1,
        MaxReplicaCount = 2,
        MaxWithRevocableReplicaCount = 3,
        AutoscalingPolicy = new AutoscalingPolicy { ScaleUpWindow = "30s" },
        // Never all three at once in reality; here so that every property appears.
        Placement = new Placement { Region = "US_ARIZONA_1", MultiRegion = "US", Regions = ["US_ARIZONA_1"] },
        Region = "US_ARIZONA_1",
        DirectRouteType = "INTERNET",
        DirectRouteApiKeys = [DeploymentProps.SecretKey],
        DirectRouteHandle = "acme-chat-1.us-arizona-1.direct.fireworks.ai",
        EnableAddons = true,
        MaxContextLength = 8192,
        DraftModel = "accounts/fireworks/models/draft",
        DraftTokenCount = 4,
        NgramSpeculationLength = 3,
        Annotations = new Dictionary<string, string> { ["team"] = "ml" },
        EnableSessionAffinity = true,
        NumPeftDeviceCached = 2,
        AutoTune = new AutoTune { LongPrompt = true },
        DeploymentTemplate = "accounts/acme/deploymentTemplates/t",
        DisableDeploymentSizeValidation = true,
        PricingPlanId = "plan",
        EnableHotLoad = true,
        HotLoadBucketType = "S3",
        HotLoadBucketUrl = "s3://bucket/path",
        HotLoadTrainerJob = "accounts/acme/rlorTrainerJobs/j",
        EnableHotReloadLatestAddon = true,
        ReplicaCount = 1,
        DesiredReplicaCount = 1,
        ReplicaStats = new ReplicaStats { ReadyReplicaCount = 1 },
        ActiveModelVersion = "v1",
        TargetModelVersion = "v1",
        Cluster = "byoc-1",
    };

    [Fact]
    public void ProviderOnly_IsTheFiveKnobsFireworksDoesNotHold()
    {
        Assert.Equal(
            ["disableSpeculativeDecoding", "hardDelete", "ignoreChecksOnDelete", "skipShapeValidation", "waitForReady"],
            DeploymentDetails.ProviderOnly.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_AFullDeployment_HasExactlyThePropertiesOfTheSchemasDeploymentDetails()
    {
        var details = DeploymentDetails.From(Full);

        Assert.Equal(FunctionSchema.TypeProperties("fireworks:index:DeploymentDetails"),
            details.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_GetDeploymentsItems_AndGetDeploymentsResult_HaveTheSameProperties()
    {
        Assert.Equal(FunctionSchema.TypeProperties("fireworks:index:DeploymentDetails"),
            FunctionSchema.Outputs(GetDeploymentFunction.FunctionToken));
    }

    [Fact]
    public void From_DirectRouteApiKeys_AreSecret()
    {
        var details = DeploymentDetails.From(Full);

        Assert.True(details["directRouteApiKeys"].IsSecret);
        Assert.False(details["name"].IsSecret);
    }

    [Fact]
    public void From_TheServicesValues_AreReturnedAsTheResourceOutputsThem()
    {
        var details = DeploymentDetails.From(Full);

        Assert.Equal("chat-1", Text(details["deploymentId"]));
        Assert.Equal("accounts/acme/deployments/chat-1", Text(details["name"]));
        Assert.Equal("READY", Text(details["state"]));
        Assert.Equal("US_ARIZONA_1", Text(details["region"]));
        Assert.True(details["acceleratorCount"].TryGetNumber(out var count));
        Assert.Equal(2, count);
    }

    [Fact]
    public void From_AMinimalDeployment_LeavesOutWhatTheServiceLeftOut()
    {
        var details = DeploymentDetails.From(new FireworksDeployment
        {
            Name = "accounts/acme/deployments/bare",
            BaseModel = DeploymentProps.Model,
            State = DeploymentStates.Creating,
        });

        Assert.Equal(["baseModel", "deploymentId", "name", "state"], details.Keys.Order(StringComparer.Ordinal));
    }

    private static string Text(Pulumi.Fireworks.Provider.PropertyValues.PropertyValue value) =>
        value.TryGetString(out var text) ? text : throw new InvalidOperationException($"not a string: {value}");
}
