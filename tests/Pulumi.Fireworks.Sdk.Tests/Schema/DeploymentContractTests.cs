using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Schema;

/// <summary>
/// schema.json against the property contract (the lead's brief for the 4.259.0 fields) that the provider's Deployment
/// implementation follows too: the lists are kept here on purpose, so a schema edit that breaks the contract fails.
/// </summary>
public sealed class DeploymentContractTests
{
    private static readonly string[] ReplaceOnChanges =
    [
        "acceleratorType", "baseModel", "deploymentId", "deploymentTemplate", "directRouteType",
        "disableSpeculativeDecoding", "enableHotLoad", "enableHotReloadLatestAddon", "expireTime", "hotLoadBucketType",
        "hotLoadBucketUrl", "hotLoadTrainerJob", "multiRegion", "pricingPlanId", "region", "regions",
    ];

    private static readonly string[] Inputs =
    [
        "acceleratorCount", "acceleratorType", "annotations", "autoTune", "autoscalingPolicy", "baseModel", "deploymentId",
        "deploymentShape", "deploymentTemplate", "description", "directRouteApiKeys", "directRouteType",
        "disableDeploymentSizeValidation", "disableSpeculativeDecoding", "displayName", "draftModel", "draftTokenCount",
        "enableAddons", "enableHotLoad", "enableHotReloadLatestAddon", "enableSessionAffinity", "expireTime", "hardDelete",
        "hotLoadBucketType", "hotLoadBucketUrl", "hotLoadTrainerJob", "ignoreChecksOnDelete", "maxContextLength",
        "maxReplicaCount", "maxWithRevocableReplicaCount", "minReplicaCount", "multiRegion", "ngramSpeculationLength",
        "numPeftDeviceCached", "precision", "pricingPlanId", "region", "regions", "skipShapeValidation", "waitForReady",
    ];

    private static readonly string[] ServerOutputs =
    [
        "activeModelVersion", "cluster", "createTime", "deleteTime", "desiredReplicaCount", "directRouteHandle", "name",
        "purgeTime", "replicaCount", "replicaStats", "state", "status", "targetModelVersion", "updateTime",
    ];

    /// <summary>Inputs that only change Pulumi's state (the provider makes no Fireworks call when they change).</summary>
    private static readonly string[] StateOnlyInputs = ["hardDelete", "ignoreChecksOnDelete", "skipShapeValidation", "waitForReady"];

    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void ReplaceOnChanges_OnInputsIsExactlyTheContractList()
    {
        Assert.Equal(ReplaceOnChanges, Schema.DeploymentInputs.NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceOnChanges_OnOutputsIsExactlyTheContractList()
    {
        // The SDKs build their ReplaceOnChanges resource option from the output properties.
        Assert.Equal(ReplaceOnChanges, Schema.DeploymentOutputs.NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Inputs_AreExactlyTheContractInputsWithBaseModelRequired()
    {
        Assert.Equal(Inputs, Schema.DeploymentInputs.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["baseModel"], Schema.DeploymentInputs.Required);
    }

    [Fact]
    public void Outputs_AreEveryInputPlusTheServerOutputs()
    {
        Assert.Equal(Inputs.Union(ServerOutputs).Order(StringComparer.Ordinal), Schema.DeploymentOutputs.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["baseModel", "name", "state"], Schema.DeploymentOutputs.Required.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StateInputs_AreTheOutputsAllOptional()
    {
        Assert.Equal(Schema.DeploymentOutputs.Properties.Keys, Schema.DeploymentState.Properties.Keys);
        Assert.Empty(Schema.DeploymentState.Required);
    }

    [Fact]
    public void Secrets_AreDirectRouteApiKeysOnTheResourceAndApiKeyInConfig()
    {
        Assert.Equal(["directRouteApiKeys"], Schema.DeploymentInputs.NamesWhere("secret"));
        Assert.Equal(["directRouteApiKeys"], Schema.DeploymentOutputs.NamesWhere("secret"));
        Assert.Equal(["directRouteApiKeys"], Schema.DeploymentState.NamesWhere("secret"));
        Assert.Equal(["apiKey"], Schema.ProviderInputs.NamesWhere("secret"));
        Assert.Equal(["apiKey"], Schema.ConfigVariables.NamesWhere("secret"));
    }

    [Fact]
    public void Secrets_AreKeptInTheStateInputsToo()
    {
        Assert.Equal(Schema.DeploymentOutputs.NamesWhere("secret"), Schema.DeploymentState.NamesWhere("secret"));
    }

    [Theory]
    [InlineData("waitForReady", true)]
    [InlineData("hardDelete", true)]
    [InlineData("ignoreChecksOnDelete", false)]
    public void ProviderOnlyFlags_HaveTheContractDefaults(string name, bool expected)
    {
        Assert.Equal(expected, Schema.DeploymentInputs.Properties[name].GetProperty("default").GetBoolean());
    }

    [Theory]
    [InlineData("apiKey", "FIREWORKS_API_KEY")]
    [InlineData("accountId", "FIREWORKS_ACCOUNT_ID")]
    [InlineData("baseUrl", "FIREWORKS_BASE_URL")]
    public void Configuration_FallsBackToTheContractEnvironmentVariables(string name, string variable)
    {
        foreach (var section in new[] { Schema.ConfigVariables, Schema.ProviderInputs })
        {
            var environment = section.Properties[name].GetProperty("defaultInfo").GetProperty("environment");
            Assert.Equal([variable], environment.EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public void Descriptions_OfEveryInputSayWhetherAChangeReplacesUpdatesInPlaceOrOnlyTheState()
    {
        foreach (var (name, property) in Schema.DeploymentInputs.Properties)
        {
            var description = property.GetProperty("description").GetString()!;
            var expected = ReplaceOnChanges.Contains(name) ? "replaces the deployment"
                : StateOnlyInputs.Contains(name) ? "updates only Pulumi's state"
                : "updates the deployment in place";
            Assert.True(description.Contains(expected, StringComparison.Ordinal), $"{name}: the description must say '{expected}'");
        }
    }

    [Theory]
    [InlineData("expireTime")]
    [InlineData("deploymentTemplate")]
    [InlineData("pricingPlanId")]
    [InlineData("enableHotLoad")]
    [InlineData("hotLoadBucketType")]
    [InlineData("hotLoadBucketUrl")]
    [InlineData("hotLoadTrainerJob")]
    [InlineData("enableHotReloadLatestAddon")]
    [InlineData("numPeftDeviceCached")]
    [InlineData("disableDeploymentSizeValidation")]
    public void Descriptions_OfInferredChangeBehaviourSayItIsInferred(string name)
    {
        Assert.Contains("(inferred", Schema.DeploymentInputs.Properties[name].GetProperty("description").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpireTime_WarnsLoudlyThatFireworksMayDeleteTheDeployment()
    {
        var description = Schema.DeploymentInputs.Properties["expireTime"].GetProperty("description").GetString()!;

        Assert.StartsWith("**Self-destruct", description, StringComparison.Ordinal);
        Assert.Contains("may delete the deployment", description, StringComparison.Ordinal);
        Assert.Contains("next `pulumi up` creates it again", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotations_NameTheProvidersOwnUrnAnnotationAndItsReservedPrefix()
    {
        foreach (var section in new[] { Schema.DeploymentInputs, Schema.DeploymentOutputs })
        {
            var description = section.Properties["annotations"].GetProperty("description").GetString()!;
            Assert.Contains("`fireworks.pulumi.com/urn`", description, StringComparison.Ordinal);
            Assert.Contains("must not start with `fireworks.pulumi.com/`", description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AutoscalingPolicy_HasScalingSchedulesAndSaysTheLoadTargetKeysDisagree()
    {
        var policy = Schema.Type("fireworks:index:AutoscalingPolicy");
        var schedules = policy.Properties["scalingSchedules"];

        Assert.Equal("#/types/fireworks:index:ScalingSchedule", schedules.GetProperty("additionalProperties").GetProperty("$ref").GetString());
        Assert.Contains("at most 5", schedules.GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.Contains("only `default`", policy.Properties["loadTargets"].GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.Equal(["duration", "minReplicaCount", "schedule", "timezone"], Schema.Type("fireworks:index:ScalingSchedule").Required.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplicaStats_CountsAreIntegersExceptThePartialReplicaCount()
    {
        var stats = Schema.Type("fireworks:index:ReplicaStats");

        Assert.Equal("number", stats.Properties["partialReplicaCount"].GetProperty("type").GetString());
        Assert.All(stats.Properties.Where(p => p.Key != "partialReplicaCount"), p => Assert.Equal("integer", p.Value.GetProperty("type").GetString()));
        Assert.Equal(6, stats.Properties.Count);
    }

    [Fact]
    public void Descriptions_TellUsersAboutTheCSharpNameClashAndFireworksBehaviour()
    {
        var description = Schema.Deployment.GetProperty("description").GetString()!;
        Assert.Contains("using Fireworks = Pulumi.Fireworks;", description, StringComparison.Ordinal);
        Assert.Contains("7 days", Schema.DeploymentInputs.Properties["minReplicaCount"].GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.Contains("deprecated", Schema.DeploymentInputs.Properties["directRouteType"].GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.All(Schema.DeploymentOutputs.Properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), $"{p.Key} has no description"));
    }
}
