using Pulumi.Fireworks.Provider.Resources.DeployedModel;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Tests.Support.SchemaFacts;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel;

/// <summary>The DeployedModel's C# declarations and schema.json name the same properties with the same behaviour.</summary>
public sealed class DeployedModelSchemaContractTests
{
    private static readonly System.Text.Json.JsonElement Schema = Resource(DeployedModelResource.TypeToken);

    [Fact]
    public void Inputs_AreExactlyTheDeclaredFields()
    {
        Assert.Equal(Names(Schema.GetProperty("inputProperties")), Sorted(DeployedModelFields.InputNames));
    }

    [Fact]
    public void Outputs_AreTheInputsPlusTheComputedOutputs()
    {
        Assert.Equal(Names(Schema.GetProperty("properties")), Sorted([.. DeployedModelFields.InputNames,
            DeployedModelFields.Name, DeployedModelFields.State, DeployedModelFields.Status, DeployedModelFields.CreateTime,
            DeployedModelFields.UpdateTime, DeployedModelFields.InferenceModel]));
    }

    [Fact]
    public void ReplaceOnChanges_AreExactlyTheFieldsThatReplace()
    {
        Assert.Equal(NamesWhere(Schema.GetProperty("inputProperties"), "replaceOnChanges"),
            Sorted(DeployedModelFields.Inputs.Where(field => field.Change == PropertyChange.Replace).Select(field => field.Name)));
    }

    [Fact]
    public void RequiredInputs_AreTheDeploymentAndTheModel()
    {
        var required = Schema.GetProperty("requiredInputs").EnumerateArray().Select(item => item.GetString()!);

        Assert.Equal(Sorted([DeployedModelFields.Deployment.Name, DeployedModelFields.Model.Name]), Sorted(required));
    }
}
