using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Deployment.cs: DeploymentArgs and DeploymentState against the schema's inputs and state inputs.</summary>
public sealed class DeploymentArgsTests
{
    [Fact]
    public void ArgsAndState_DeclareEveryInputWithTypeRequirednessSecrecyAndDefaults()
    {
        var problems = ResourceClassChecks.CheckArgs(PackageSchema.DeploymentToken);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("region", "Region")]
    [InlineData("multiRegion", "MultiRegion")]
    [InlineData("acceleratorType", "AcceleratorType")]
    [InlineData("precision", "Precision")]
    [InlineData("directRouteType", "DirectRouteType")]
    [InlineData("hotLoadBucketType", "HotLoadBucketType")]
    public void Args_OpenEnumInputsTakeAStringOrTheEnum(string input, string enumName)
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeploymentArgs");
        var property = args.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
            .Single(p => p.Identifier.Text == CSharpNames.Member(input));

        Assert.Equal($"InputUnion<string,Pulumi.Fireworks.{enumName}>?", ExpectedCSharpType.Normalize(property.Type.ToString()));
    }

    [Fact]
    public void Args_RegionsStayAStringListSoCollectionInitializersCompile()
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeploymentArgs");
        var regions = args.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Single(p => p.Identifier.Text == "Regions");

        Assert.Equal("InputList<string>", ExpectedCSharpType.Normalize(regions.Type.ToString()));
    }
}
