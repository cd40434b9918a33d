using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>
/// sdk/dotnet/Inputs and sdk/dotnet/Outputs: one class per object type and use, as the generator emits them — Args
/// for types reachable from inputs or state inputs, GetArgs for state inputs, an output class for outputs and
/// function results.
/// </summary>
public sealed class ObjectTypesTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> OutputTypes => [.. Schema.Usage.OutputTypes];

    public static TheoryData<string> ArgsTypes => [.. Schema.Usage.ArgsTypes];

    public static TheoryData<string> GetArgsTypes => [.. Schema.Usage.GetArgsTypes];

    [Theory]
    [MemberData(nameof(OutputTypes))]
    public void OutputType_MatchesTheSchemaType(string token)
    {
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks.Outputs", PackageSchema.TypeName(token));

        var problems = OutputClassConformance.CheckOutputType(cls, Schema.Type(token));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(ArgsTypes))]
    public void ArgsType_MatchesTheSchemaType(string token)
    {
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks.Inputs", PackageSchema.TypeName(token) + "Args");

        var problems = InputClassConformance.Check(cls, Schema.Type(token), InputShape.Args);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(GetArgsTypes))]
    public void GetArgsType_MatchesTheSchemaTypeBecauseStateInputsUseIt(string token)
    {
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks.Inputs", PackageSchema.TypeName(token) + "GetArgs");

        var problems = InputClassConformance.Check(cls, Schema.Type(token), InputShape.State);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void InputClasses_ExistExactlyForTheTypesInputsAndStateInputsReach()
    {
        var expected = Schema.Usage.ArgsTypes.Select(t => PackageSchema.TypeName(t) + "Args")
            .Concat(Schema.Usage.GetArgsTypes.Select(t => PackageSchema.TypeName(t) + "GetArgs"));
        var declared = DotnetSdkSource.Instance.Classes
            .Where(c => DotnetSdkSource.Namespace(c) == "Pulumi.Fireworks.Inputs")
            .Select(c => c.Identifier.Text);

        Assert.Equal(expected.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FunctionOnlyTypes_HaveOnlyAnOutputClass()
    {
        foreach (var token in new[] { "fireworks:index:DeploymentDetails", "fireworks:index:DeploymentShapeDetails" })
        {
            Assert.Contains(token, Schema.Usage.OutputTypes);
            Assert.DoesNotContain(token, Schema.Usage.ArgsTypes);
        }
    }
}
