using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Deployment.cs: DeploymentArgs and DeploymentState against the schema's inputs and state inputs.</summary>
public sealed class DeploymentArgsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void Args_DeclareEveryInputWithTypeRequirednessAndSecrecy()
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeploymentArgs");

        var problems = InputClassConformance.Check(args, Schema.DeploymentInputs, InputShape.Args);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void State_DeclaresEveryStateInputAsOptional()
    {
        var state = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeploymentState");

        var problems = InputClassConformance.Check(state, Schema.DeploymentState, InputShape.State);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Args_ConstructorAppliesTheSchemaDefaults()
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeploymentArgs");
        var constructor = args.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax>().Single();
        var assigned = constructor.Body!.Statements.Select(s => ExpectedCSharpType.Normalize(s.ToString())).ToList();

        var expected = Schema.DeploymentInputs.Properties
            .Where(p => p.Value.TryGetProperty("default", out _))
            .Select(p => $"{CSharpNames.Member(p.Key)}={p.Value.GetProperty("default").ToString().ToLowerInvariant()};");

        Assert.Equal(expected.Order(StringComparer.Ordinal), assigned.Order(StringComparer.Ordinal));
    }
}
