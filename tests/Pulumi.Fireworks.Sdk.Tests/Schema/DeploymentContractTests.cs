using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Schema;

/// <summary>
/// schema.json against the property contract (brief/deployment-properties.md) that the Deployment implementation
/// follows too: the lists are kept here on purpose, so a schema edit that breaks the contract fails.
/// </summary>
public sealed class DeploymentContractTests
{
    private static readonly string[] ReplaceOnChanges =
        ["acceleratorType", "baseModel", "deploymentId", "directRouteType", "multiRegion", "region", "regions"];

    private static readonly string[] Inputs =
    [
        "acceleratorCount", "acceleratorType", "annotations", "autoscalingPolicy", "baseModel", "deploymentId",
        "deploymentShape", "description", "directRouteApiKeys", "directRouteType", "displayName", "draftModel",
        "draftTokenCount", "enableAddons", "hardDelete", "ignoreChecksOnDelete", "maxContextLength", "maxReplicaCount",
        "minReplicaCount", "multiRegion", "ngramSpeculationLength", "precision", "region", "regions", "waitForReady",
    ];

    private static readonly string[] ServerOutputs =
        ["createTime", "desiredReplicaCount", "directRouteHandle", "name", "replicaCount", "state", "status", "updateTime"];

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
    public void Descriptions_TellUsersAboutTheCSharpNameClashAndFireworksBehaviour()
    {
        var description = Schema.Deployment.GetProperty("description").GetString()!;
        Assert.Contains("using Fireworks = Pulumi.Fireworks;", description, StringComparison.Ordinal);
        Assert.Contains("7 days", Schema.DeploymentInputs.Properties["minReplicaCount"].GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.Contains("deprecated", Schema.DeploymentInputs.Properties["directRouteType"].GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.All(Schema.DeploymentOutputs.Properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), $"{p.Key} has no description"));
    }
}
