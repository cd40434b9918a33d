using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.NodeSdk;

/// <summary>sdk/nodejs/deployment.ts and provider.ts declare the same property names as the schema.</summary>
public sealed class DeploymentDeclarationsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;
    private static readonly NodeDeclarations Deployment = NodeDeclarations.Parse(File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "deployment.ts")));
    private static readonly NodeDeclarations Provider = NodeDeclarations.Parse(File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "provider.ts")));

    [Fact]
    public void DeploymentClass_DeclaresExactlyTheSchemaOutputs()
    {
        Assert.Equal(Schema.DeploymentOutputs.Properties.Keys.Order(StringComparer.Ordinal), Deployment.Outputs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeploymentArgs_DeclaresExactlyTheSchemaInputsWithRequiredOnesNotOptional()
    {
        var expected = Schema.DeploymentInputs.Properties.Keys
            .ToDictionary(n => n, n => !Schema.DeploymentInputs.Required.Contains(n), StringComparer.Ordinal);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), Deployment.Interfaces["DeploymentArgs"].OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void DeploymentState_DeclaresExactlyTheSchemaStateInputs()
    {
        Assert.Equal(
            Schema.DeploymentState.Properties.Keys.Order(StringComparer.Ordinal),
            Deployment.Interfaces["DeploymentState"].Keys.Order(StringComparer.Ordinal));
        Assert.All(Deployment.Interfaces["DeploymentState"], member => Assert.True(member.Value, $"DeploymentState.{member.Key} must be optional"));
    }

    [Fact]
    public void ProviderArgs_DeclaresExactlyTheSchemaProviderInputs()
    {
        Assert.Equal(Schema.ProviderInputs.Properties.Keys.Order(StringComparer.Ordinal), Provider.Interfaces["ProviderArgs"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Schema.ProviderOutputs.Properties.Keys.Order(StringComparer.Ordinal), Provider.Outputs.Order(StringComparer.Ordinal));
    }
}
