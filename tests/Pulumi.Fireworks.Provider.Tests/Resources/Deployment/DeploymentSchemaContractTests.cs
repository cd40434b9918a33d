using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.SchemaFacts;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

/// <summary>
/// The Deployment's C# declarations and schema.json name the same properties, with the same behaviour: a property
/// added on one side only fails here.
/// </summary>
public sealed class DeploymentSchemaContractTests
{
    private static readonly System.Text.Json.JsonElement Schema = Resource(DeploymentResource.TypeToken);

    [Fact]
    public void Inputs_AreExactlyTheDeclaredProperties()
    {
        Assert.Equal(Names(Schema.GetProperty("inputProperties")), Sorted(DeploymentProperties.InputNames));
    }

    [Fact]
    public void Outputs_AreTheInputsPlusTheComputedOutputs()
    {
        Assert.Equal(Names(Schema.GetProperty("properties")),
            Sorted([.. DeploymentProperties.InputNames, .. DeploymentOutputNames.All]));
    }

    [Fact]
    public void ReplaceOnChanges_AreExactlyTheInputsThatReplace()
    {
        Assert.Equal(NamesWhere(Schema.GetProperty("inputProperties"), "replaceOnChanges"),
            Sorted(DeploymentProperties.ReplaceOnChange));
    }

    [Fact]
    public void SecretInputs_AreExactlyTheAlwaysSecretProperties()
    {
        Assert.Equal(NamesWhere(Schema.GetProperty("inputProperties"), "secret"),
            Sorted(DeploymentProperties.All.Where(property => property.AlwaysSecret).Select(property => property.Name)));
    }

    [Theory]
    [InlineData("fireworks:index:AutoscalingPolicy")]
    [InlineData("fireworks:index:ScalingSchedule")]
    public void ObjectTypes_HaveExactlyTheFieldsTheReaderTakes(string token)
    {
        var fields = token.EndsWith("ScalingSchedule", StringComparison.Ordinal)
            ? AutoscalingPolicyMapping.ScheduleFields
            : AutoscalingPolicyMapping.Fields;

        Assert.Equal(Names(Type(token).GetProperty("properties")), Sorted(fields));
    }

    [Fact]
    public void OutputsOfDerivedSecrets_AreAllOutputsOfTheSchema()
    {
        var outputs = Names(Schema.GetProperty("properties"));

        Assert.All(DeploymentSecrets.Derivation.Sources, entry =>
        {
            Assert.Contains(entry.Key, outputs);
            Assert.All(entry.Value, input => Assert.Contains(input, DeploymentProperties.InputNames));
        });
    }

    [Fact]
    public void EnumTypesCheckReads_ExistInTheSchema()
    {
        Assert.NotEmpty(DeploymentEnumValues.Regions.Current);
        Assert.NotEmpty(DeploymentEnumValues.Regions.Deprecated);
        Assert.NotEmpty(DeploymentEnumValues.AcceleratorTypes.Current);
        Assert.NotEmpty(DeploymentEnumValues.Precisions.Current);
        Assert.NotEmpty(DeploymentEnumValues.MultiRegions.Current);
        Assert.NotEmpty(DeploymentEnumValues.DirectRouteTypes.Current);
        Assert.NotEmpty(DeploymentEnumValues.HotLoadBucketTypes.Current);
    }
}
