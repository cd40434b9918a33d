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

    [Theory]
    [MemberData(nameof(Examples))]
    public void Program_TakesTheHardwareAndModelFromGetDeploymentShape(string example)
    {
        var (program, names) = Load(example);

        Assert.Equal(names(SchemaNames.FunctionInputs("getDeploymentShape")), program.FunctionArgs["getDeploymentShape"].ToHashSet(StringComparer.Ordinal));
        Assert.Equal(
            names(new HashSet<string>(["baseModel", "versionName"], StringComparer.Ordinal)),
            program.FunctionMembers["getDeploymentShape"].ToHashSet(StringComparer.Ordinal));
        Assert.Contains(names(SchemaNames.DeploymentInputs).Single(n => n.Equals("deploymentShape", StringComparison.OrdinalIgnoreCase)), program.DeploymentArgs);
        Assert.DoesNotContain(names(SchemaNames.DeploymentInputs).Single(n => n.Equals("acceleratorType", StringComparison.OrdinalIgnoreCase)), program.DeploymentArgs);
        Assert.Contains(names(SchemaNames.DeploymentInputs).Single(n => n.Equals("enableAddons", StringComparison.OrdinalIgnoreCase)), program.DeploymentArgs);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Program_LoadsOneLoraAddonOntoTheDeploymentsName(string example)
    {
        var (program, names) = Load(example);
        var inputs = names(SchemaNames.DeployedModelInputs);

        Assert.Equal(1, program.DeployedModelCount);
        Assert.Empty(SchemaNames.Unknown(program.DeployedModelArgs, inputs));
        Assert.Empty(SchemaNames.Unknown(program.DeployedModelMembers, names(SchemaNames.DeployedModelOutputs)));
        Assert.Contains(inputs.Single(n => n.Equals("deployment", StringComparison.OrdinalIgnoreCase)), program.DeployedModelArgs);
        Assert.Contains(inputs.Single(n => n.Equals("model", StringComparison.OrdinalIgnoreCase)), program.DeployedModelArgs);
        Assert.Contains(names(SchemaNames.DeploymentOutputs).Single(n => n.Equals("name", StringComparison.OrdinalIgnoreCase)), program.DeploymentMembers);
        Assert.Contains(names(SchemaNames.DeployedModelOutputs).Single(n => n.Equals("inferenceModel", StringComparison.OrdinalIgnoreCase)), program.DeployedModelMembers);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Program_ReadsTheExampleConfigurationWithTheDocumentedDefaults(string example)
    {
        var source = example switch
        {
            "csharp" => Read("csharp", "Program.cs"),
            "typescript" => Read("typescript", "index.ts"),
            _ => Read("yaml", "Pulumi.yaml"),
        };

        Assert.Contains("accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal", source, StringComparison.Ordinal);
        Assert.Contains("accounts/emulator-account/models/chat-lora", source, StringComparison.Ordinal);
        Assert.Contains("US_ARIZONA_1", source, StringComparison.Ordinal);
        Assert.Contains("INTERNET", source, StringComparison.Ordinal);
        foreach (var key in new[] { "routeKey", "region", "shape", "loraModel" })
        {
            Assert.Contains($"`{key}`", Read(example, "README.md"), StringComparison.Ordinal);
        }
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
