using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/DeployedModel.cs: the resource class against the schema's outputs and resource options.</summary>
public sealed class DeployedModelTests
{
    [Fact]
    public void Class_MatchesTheSchemaOutputsTokenSecretsReplaceOnChangesAndGet()
    {
        var problems = ResourceClassChecks.Check(PackageSchema.DeployedModelToken);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Outputs_DefaultPublicAndInferenceModelAreAlwaysSet()
    {
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeployedModel");
        var types = cls.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
            .ToDictionary(p => p.Identifier.Text, p => ExpectedCSharpType.Normalize(p.Type.ToString()), StringComparer.Ordinal);

        Assert.Equal("Output<bool>", types["Default"]);
        Assert.Equal("Output<bool>", types["Public"]);
        Assert.Equal("Output<string>", types["InferenceModel"]);
    }
}
