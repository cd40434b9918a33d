using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Examples;

/// <summary>What every producer example (C#, TypeScript, YAML) must hold against schema.json.</summary>
public sealed class ExampleProgramTests
{
    public static TheoryData<string> Examples => ["csharp", "typescript", "yaml"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Program_DeclaresOneDeploymentWithItsRequiredBaseModel(string example)
    {
        var (program, names) = Load(example);

        Assert.Equal(1, program.DeploymentCount);
        Assert.Contains(names(SchemaNames.DeploymentInputs).Single(n => n.Equals("baseModel", StringComparison.OrdinalIgnoreCase)),
            program.DeploymentArgs);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Program_SetsOnlyPropertiesThatTheSchemaDeclares(string example)
    {
        var (program, names) = Load(example);

        Assert.Empty(SchemaNames.Unknown(program.DeploymentArgs, names(SchemaNames.DeploymentInputs)));
        Assert.NotEmpty(program.AutoscalingPolicyArgs);
        Assert.Empty(SchemaNames.Unknown(program.AutoscalingPolicyArgs, names(SchemaNames.AutoscalingPolicy)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Program_ReadsOnlyOutputsThatTheSchemaDeclares(string example)
    {
        var (program, names) = Load(example);

        Assert.NotEmpty(program.DeploymentMembers);
        Assert.Empty(SchemaNames.Unknown(program.DeploymentMembers, names(SchemaNames.DeploymentOutputs)));
    }

    private static (IProgramUsage Program, Func<IReadOnlySet<string>, IReadOnlySet<string>> Names) Load(string example) =>
        example switch
        {
            "csharp" => (CSharpProgramUsage.Parse(Read("csharp", "Program.cs")), SchemaNames.CSharp),
            "typescript" => (TypeScriptProgramUsage.Parse(Read("typescript", "index.ts")), names => names),
            "yaml" => (YamlProgramUsage.Parse(Read("yaml", "Pulumi.yaml")), names => names),
            _ => throw new ArgumentOutOfRangeException(nameof(example), example, "no such example"),
        };

    private static string Read(string example, string file) => File.ReadAllText(RepositoryRoot.Combine("examples", example, file));
}
