using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Examples;

/// <summary>
/// examples/yaml against schema.json, and the consumers (examples/consumer, examples/consumer-csharp) against what every
/// producer example exports.
/// </summary>
public sealed partial class YamlExampleTests
{
    private static readonly YamlProgramUsage Program = Load("yaml");

    [Theory]
    [InlineData("yaml")]
    [InlineData("csharp")]
    [InlineData("typescript")]
    public void Consumer_ReadsOnlyStackOutputsThatEachProducerExampleExports(string producer)
    {
        var consumer = Load("consumer");
        var exported = ExportedOutputs(producer);

        Assert.Contains("directRouteHandle", consumer.StackReferenceOutputs);
        Assert.Contains("inferenceModel", consumer.StackReferenceOutputs);
        Assert.Empty(SchemaNames.Unknown(consumer.StackReferenceOutputs, exported));
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("csharp")]
    [InlineData("typescript")]
    public void Producer_ExportsTheHandleTheGatewayModelAndTheAddonsInferenceModel(string producer)
    {
        var exported = ExportedOutputs(producer);

        Assert.Equal(["deploymentName", "directRouteHandle", "gatewayModel", "inferenceModel", "state"], exported.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("csharp")]
    [InlineData("typescript")]
    public void CSharpConsumer_ReadsOnlyStackOutputsThatEachProducerExampleExports(string producer)
    {
        var read = CSharpStackOutputPattern().Matches(File.ReadAllText(RepositoryRoot.Combine("examples", "consumer-csharp", "Program.cs")))
            .Select(m => m.Groups["name"].Value).ToList();

        Assert.Contains("directRouteHandle", read);
        Assert.Empty(SchemaNames.Unknown(read, ExportedOutputs(producer)));
    }

    [Fact]
    public void CSharpConsumer_ExportsWhatTheYamlConsumerExports()
    {
        var yaml = Load("consumer").ProgramOutputs;
        var csharp = CSharpOutputPattern().Matches(File.ReadAllText(RepositoryRoot.Combine("examples", "consumer-csharp", "Program.cs")))
            .Select(m => m.Groups["name"].Value);

        Assert.Equal(yaml.Order(StringComparer.Ordinal), csharp.Order(StringComparer.Ordinal));
    }

    private static YamlProgramUsage Load(string example) =>
        YamlProgramUsage.Parse(File.ReadAllText(RepositoryRoot.Combine("examples", example, "Pulumi.yaml")));

    private static HashSet<string> ExportedOutputs(string example) => example switch
    {
        "yaml" => Program.ProgramOutputs.ToHashSet(StringComparer.Ordinal),
        "csharp" => CSharpOutputPattern().Matches(File.ReadAllText(RepositoryRoot.Combine("examples", "csharp", "Program.cs")))
            .Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal),
        _ => TypeScriptExportPattern().Matches(File.ReadAllText(RepositoryRoot.Combine("examples", "typescript", "index.ts")))
            .Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal),
    };

    [GeneratedRegex(@"\[""(?<name>\w+)""\]\s*=")]
    private static partial Regex CSharpOutputPattern();

    [GeneratedRegex(@"\.(?:Get|Require)Output\(""(?<name>\w+)""\)")]
    private static partial Regex CSharpStackOutputPattern();

    [GeneratedRegex(@"^export const (?<name>\w+)\s*=", RegexOptions.Multiline)]
    private static partial Regex TypeScriptExportPattern();
}
