using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Inputs and sdk/dotnet/Outputs: one class per object type and use.</summary>
public sealed class ObjectTypesTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> TypeTokens => [.. PackageSchema.Instance.TypeTokens];

    [Theory]
    [MemberData(nameof(TypeTokens))]
    public void OutputType_MatchesTheSchemaType(string token)
    {
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks.Outputs", PackageSchema.TypeName(token));

        var problems = OutputClassConformance.CheckOutputType(cls, Schema.Type(token));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(TypeTokens))]
    public void GetArgsType_MatchesTheSchemaTypeBecauseStateInputsUseIt(string token)
    {
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks.Inputs", PackageSchema.TypeName(token) + "GetArgs");

        var problems = InputClassConformance.Check(cls, Schema.Type(token), InputShape.State);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void ArgsTypes_ExistExactlyForTheTypesResourceInputsUse()
    {
        var used = Schema.DeploymentInputs.Properties.Values
            .Where(p => p.TryGetProperty("$ref", out _))
            .Select(p => PackageSchema.TypeName(p.GetProperty("$ref").GetString()!) + "Args");
        var declared = DotnetSdkSource.Instance.Classes
            .Where(c => DotnetSdkSource.Namespace(c) == "Pulumi.Fireworks.Inputs" && !c.Identifier.Text.EndsWith("GetArgs", StringComparison.Ordinal))
            .Select(c => c.Identifier.Text);

        Assert.Equal(used.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AutoscalingPolicyArgs_MatchesTheSchemaType()
    {
        const string token = "fireworks:index:AutoscalingPolicy";
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks.Inputs", "AutoscalingPolicyArgs");

        var problems = InputClassConformance.Check(cls, Schema.Type(token), InputShape.Args);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
