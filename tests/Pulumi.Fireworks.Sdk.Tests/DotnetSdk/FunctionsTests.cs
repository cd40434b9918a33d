using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>
/// sdk/dotnet/Get*.cs: each function's static class (InvokeAsync, the two Invoke overloads), its plain Args, its
/// InvokeArgs and its [OutputType] Result against the schema function.
/// </summary>
public sealed class FunctionsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> Functions => [.. Schema.FunctionTokens];

    [Theory]
    [MemberData(nameof(Functions))]
    public void StaticClass_InvokesTheFunctionTokenInBothStyles(string token)
    {
        var name = PackageSchema.FunctionClassName(token);
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name);
        var allOptional = Schema.FunctionInputs(token).Required.Count == 0;
        var methods = cls.Members.OfType<MethodDeclarationSyntax>()
            .Select(m => $"{Normalize(m.ReturnType)} {m.Identifier.Text}({m.ParameterList.Parameters})")
            .ToList();

        Assert.True(cls.Modifiers.Any(m => m.Text == "static"), $"{name} must be a static class");
        Assert.Equal(
            [
                $"Task<{name}Result> InvokeAsync({name}Args{(allOptional ? "? args = null" : " args")}, InvokeOptions? options = null)",
                $"Output<{name}Result> Invoke({name}InvokeArgs{(allOptional ? "? args = null" : " args")}, InvokeOptions? options = null)",
                $"Output<{name}Result> Invoke({name}InvokeArgs args, InvokeOutputOptions options)",
            ],
            methods);
        Assert.All(cls.Members.OfType<MethodDeclarationSyntax>(), m =>
            Assert.Contains($"(\"{token}\",", m.ExpressionBody?.ToString() ?? "", StringComparison.Ordinal));
        Assert.Contains($"global::Pulumi.Deployment.Instance.InvokeAsync<{name}Result>", cls.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Args_DeclareTheInputsAsPlainValues(string token)
    {
        var name = PackageSchema.FunctionClassName(token);
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name + "Args");

        var problems = InputClassConformance.Check(args, Schema.FunctionInputs(token), InputShape.Plain);

        Assert.Equal("global::Pulumi.InvokeArgs", args.BaseList?.Types.Single().ToString());
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void InvokeArgs_DeclareTheInputsAsInputs(string token)
    {
        var name = PackageSchema.FunctionClassName(token);
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name + "InvokeArgs");

        var problems = InputClassConformance.Check(args, Schema.FunctionInputs(token), InputShape.Args);

        Assert.Equal("global::Pulumi.InvokeArgs", args.BaseList?.Types.Single().ToString());
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Result_IsAnOutputTypeWithEveryFunctionOutput(string token)
    {
        var name = PackageSchema.FunctionClassName(token);
        var result = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name + "Result");

        var problems = OutputClassConformance.CheckOutputType(result, Schema.FunctionOutputs(token));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void GetDeploymentsResult_HoldsAListOfDeploymentDetails()
    {
        var result = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "GetDeploymentsResult");
        var field = result.Members.OfType<FieldDeclarationSyntax>().Single();

        Assert.Equal("ImmutableArray<Outputs.DeploymentDetails>", ExpectedCSharpType.Normalize(field.Declaration.Type.ToString()));
    }

    private static string Normalize(TypeSyntax type) => ExpectedCSharpType.Normalize(type.ToString());
}
