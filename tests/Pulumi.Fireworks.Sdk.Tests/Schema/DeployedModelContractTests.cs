using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Schema;

/// <summary>schema.json's fireworks:index:DeployedModel against the contract the provider implements.</summary>
public sealed class DeployedModelContractTests
{
    private const string Token = PackageSchema.DeployedModelToken;

    private static readonly string[] Inputs = ["default", "deployment", "description", "displayName", "model", "public", "replaceMergedAddon"];

    private static readonly string[] ServerOutputs = ["createTime", "inferenceModel", "name", "state", "status", "updateTime"];

    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void Inputs_AreTheContractInputsWithDeploymentAndModelRequired()
    {
        Assert.Equal(Inputs, Schema.ResourceInputs(Token).Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["deployment", "model"], Schema.ResourceInputs(Token).Required.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outputs_AreEveryInputPlusTheServerOutputs_DefaultPublicAndInferenceModelAlwaysSet()
    {
        Assert.Equal(Inputs.Union(ServerOutputs).Order(StringComparer.Ordinal), Schema.ResourceOutputs(Token).Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["default", "deployment", "inferenceModel", "model", "name", "public", "state"],
            Schema.ResourceOutputs(Token).Required.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceOnChanges_AreDeploymentAndModelOnInputsAndOutputs()
    {
        Assert.Equal(["deployment", "model"], Schema.ResourceInputs(Token).NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal));
        Assert.Equal(["deployment", "model"], Schema.ResourceOutputs(Token).NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StateInputs_AreTheOutputsAllOptional()
    {
        Assert.Equal(Schema.ResourceOutputs(Token).Properties.Keys, Schema.ResourceState(Token).Properties.Keys);
        Assert.Empty(Schema.ResourceState(Token).Required);
    }

    [Fact]
    public void Status_ReusesTheDeploymentStatusType()
    {
        Assert.Equal("#/types/fireworks:index:DeploymentStatus", Schema.ResourceOutputs(Token).Properties["status"].GetProperty("$ref").GetString());
    }

    [Fact]
    public void Descriptions_OfEveryInputSayWhatAChangeDoes()
    {
        foreach (var (name, property) in Schema.ResourceInputs(Token).Properties)
        {
            var description = property.GetProperty("description").GetString()!;
            var expected = name is "deployment" or "model" ? "replaces the addon"
                : name == "replaceMergedAddon" ? "updates only Pulumi's state"
                : "updates the addon in place";
            Assert.True(description.Contains(expected, StringComparison.Ordinal), $"{name}: the description must say '{expected}'");
        }
    }

    [Fact]
    public void Description_TellsUsersWhatTheDeploymentNeedsAndHowToCallTheAddon()
    {
        var description = Schema.Resource(Token).GetProperty("description").GetString()!;

        Assert.Contains("`enableAddons: true`", description, StringComparison.Ordinal);
        Assert.Contains("`name` output", description, StringComparison.Ordinal);
        Assert.Contains("`DEPLOYED`", description, StringComparison.Ordinal);
        Assert.Contains("`inferenceModel`", description, StringComparison.Ordinal);
        Assert.Contains("`<model>#<deployment>`", Schema.ResourceOutputs(Token).Properties["inferenceModel"].GetProperty("description").GetString()!, StringComparison.Ordinal);
    }
}
