using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.NodeSdk;

/// <summary>sdk/nodejs/deployment.ts, deployedModel.ts and provider.ts declare the same property names as the schema.</summary>
public sealed class ResourceDeclarationsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> Resources => [.. Schema.ResourceTokens];

    [Theory]
    [MemberData(nameof(Resources))]
    public void Class_DeclaresExactlyTheSchemaOutputs(string token)
    {
        var file = Load(token);

        Assert.Equal(Schema.ResourceOutputs(token).Properties.Keys.Order(StringComparer.Ordinal), file.Outputs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Args_DeclareExactlyTheSchemaInputsWithRequiredOnesNotOptional(string token)
    {
        var inputs = Schema.ResourceInputs(token);
        var expected = inputs.Properties.Keys.ToDictionary(n => n, n => !inputs.Required.Contains(n), StringComparer.Ordinal);

        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal),
            Load(token).Interfaces[PackageSchema.TypeName(token) + "Args"].OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void State_DeclaresExactlyTheSchemaStateInputsAllOptional(string token)
    {
        var state = Load(token).Interfaces[PackageSchema.TypeName(token) + "State"];

        Assert.Equal(Schema.ResourceState(token).Properties.Keys.Order(StringComparer.Ordinal), state.Keys.Order(StringComparer.Ordinal));
        Assert.All(state, member => Assert.True(member.Value, $"{token} state member {member.Key} must be optional"));
    }

    [Theory]
    [InlineData("region", "Region")]
    [InlineData("hotLoadBucketType", "HotLoadBucketType")]
    public void DeploymentArgs_OpenEnumsTakeAStringOrTheEnum(string input, string enumName)
    {
        var source = File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "deployment.ts"));

        Assert.Contains($"    {input}?: pulumi.Input<string | enums.{enumName}>;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderArgs_DeclaresExactlyTheSchemaProviderInputs()
    {
        var provider = NodeDeclarations.Parse(File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "provider.ts")));

        Assert.Equal(Schema.ProviderInputs.Properties.Keys.Order(StringComparer.Ordinal), provider.Interfaces["ProviderArgs"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Schema.ProviderOutputs.Properties.Keys.Order(StringComparer.Ordinal), provider.Outputs.Order(StringComparer.Ordinal));
    }

    private static NodeDeclarations Load(string token)
    {
        var name = PackageSchema.TypeName(token);
        return NodeDeclarations.Parse(File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", char.ToLowerInvariant(name[0]) + name[1..] + ".ts")));
    }
}
