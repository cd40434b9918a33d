using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Deployment.cs: the resource class against the schema's outputs and resource options.</summary>
public sealed class DeploymentTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;
    private static readonly Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax Deployment =
        DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "Deployment");

    [Fact]
    public void Outputs_MatchSchemaPropertiesByNameTypeAndRequiredness()
    {
        var problems = OutputClassConformance.CheckResource(Deployment, Schema.DeploymentOutputs);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Class_DerivesFromCustomResourceAndCarriesTheResourceToken()
    {
        Assert.Equal("global::Pulumi.CustomResource", Deployment.BaseList?.Types.Single().ToString());
        var attribute = Conformance.AttributeReader.Find(Deployment, "FireworksResourceType");
        Assert.NotNull(attribute);
        Assert.Equal(PackageSchema.DeploymentToken, Conformance.AttributeReader.WireName(attribute));
    }

    [Fact]
    public void ResourceOptions_ListEverySecretOutputAsAdditionalSecretOutput()
    {
        var expected = Schema.DeploymentOutputs.Properties.Keys.Where(Schema.DeploymentOutputs.IsSecret).Order(StringComparer.Ordinal);

        Assert.Equal(expected, ResourceOptionsReader.StringList(Deployment, "AdditionalSecretOutputs").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ResourceOptions_ListEveryReplaceOnChangesPropertyOfTheSchema()
    {
        var expected = Schema.DeploymentOutputs.NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal);

        Assert.Equal(expected, ResourceOptionsReader.StringList(Deployment, "ReplaceOnChanges").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ResourceOptions_CarryVersionAndPluginDownloadUrl()
    {
        Assert.Equal("Utilities.Version", ResourceOptionsReader.Value(Deployment, "Version"));
        Assert.Equal($"\"{Schema.Root.GetProperty("pluginDownloadURL").GetString()}\"", ResourceOptionsReader.Value(Deployment, "PluginDownloadURL"));
    }

    [Fact]
    public void Get_TakesTheLookupStateBecauseTheSchemaDeclaresStateInputs()
    {
        var get = Deployment.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Get");

        Assert.Equal(
            "string name, Input<string> id, DeploymentState? state = null, CustomResourceOptions? options = null",
            get.ParameterList.Parameters.ToString());
    }
}
