using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.NodeSdk;

/// <summary>sdk/nodejs/get*.ts: each function in both styles with its Args, OutputArgs and Result interfaces.</summary>
public sealed class FunctionDeclarationsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> Functions => [.. Schema.FunctionTokens];

    [Theory]
    [MemberData(nameof(Functions))]
    public void File_ExportsThePlainAndTheOutputFunctionCallingTheToken(string token)
    {
        var name = PackageSchema.TypeName(token);
        var source = Source(token);

        Assert.Equal([name, name + "Output"], NodeDeclarations.Parse(source).Functions.Order(StringComparer.Ordinal));
        Assert.Contains($"pulumi.runtime.invoke(\"{token}\", {{", source, StringComparison.Ordinal);
        Assert.Contains($"pulumi.runtime.invokeOutput(\"{token}\", {{", source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void ArgsInterfaces_DeclareTheInputsWithRequiredOnesNotOptional(string token)
    {
        var inputs = Schema.FunctionInputs(token);
        var expected = inputs.Properties.Keys.ToDictionary(n => n, n => !inputs.Required.Contains(n), StringComparer.Ordinal)
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var file = NodeDeclarations.Parse(Source(token));
        var type = PackageSchema.FunctionClassName(token);

        Assert.Equal(expected, file.Interfaces[type + "Args"].OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected, file.Interfaces[type + "OutputArgs"].OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void ResultInterface_DeclaresEveryOutputReadonly(string token)
    {
        var outputs = Schema.FunctionOutputs(token);
        var type = PackageSchema.FunctionClassName(token);
        var source = Source(token);
        var result = NodeDeclarations.Parse(source).Interfaces[type + "Result"];

        Assert.Equal(
            outputs.Properties.Keys.ToDictionary(n => n, n => !outputs.Required.Contains(n), StringComparer.Ordinal).OrderBy(p => p.Key, StringComparer.Ordinal),
            result.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(outputs.Properties.Keys, n => Assert.Matches($@"(?m)^    readonly {n}\??: ", source));
    }

    [Fact]
    public void GetDeployments_ReturnsAListOfDeploymentDetails()
    {
        Assert.Contains("readonly deployments: outputs.DeploymentDetails[];", Source("fireworks:index:getDeployments"), StringComparison.Ordinal);
    }

    [Fact]
    public void Index_LazilyExportsEveryFunctionInBothStylesAndEveryInterface()
    {
        var index = File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "index.ts"));
        foreach (var token in Schema.FunctionTokens)
        {
            var name = PackageSchema.TypeName(token);
            var type = PackageSchema.FunctionClassName(token);
            Assert.Contains($"export {{ {type}Args, {type}Result, {type}OutputArgs }} from \"./{name}\";", index, StringComparison.Ordinal);
            Assert.Contains($"utilities.lazyLoad(exports, [\"{name}\",\"{name}Output\"], () => require(\"./{name}\"));", index, StringComparison.Ordinal);
        }
    }

    private static string Source(string token) =>
        File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", PackageSchema.TypeName(token) + ".ts"));
}
