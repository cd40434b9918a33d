using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Examples;

/// <summary>examples/yaml against schema.json, and examples/consumer against what every producer example exports.</summary>
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
        Assert.Empty(SchemaNames.Unknown(consumer.StackReferenceOutputs, exported));
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

    [GeneratedRegex(@"^export const (?<name>\w+)\s*=", RegexOptions.Multiline)]
    private static partial Regex TypeScriptExportPattern();
}
