using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Automation;

/// <summary>
/// tests/Pulumi.Fireworks.AutomationTests cannot be compiled here (no Pulumi NuGet packages): its sources must at
/// least parse, use only schema properties and config keys, and the project must stay out of the solution (CI).
/// </summary>
public sealed partial class AutomationTestsProjectTests
{
    private static readonly string ProjectDirectory = RepositoryRoot.Combine("tests", "Pulumi.Fireworks.AutomationTests");

    private static readonly IReadOnlyList<(string Path, string Text)> Sources =
    [
        .. Directory.EnumerateFiles(ProjectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(ProjectDirectory, f), File.ReadAllText(f))),
    ];

    [Fact]
    public void Sources_ParseWithoutSyntaxErrors()
    {
        Assert.NotEmpty(Sources);
        Assert.All(Sources, s => Assert.True(CSharpProgramUsage.Parse(s.Text).Diagnostics.Count == 0, $"{s.Path}: {string.Join("; ", CSharpProgramUsage.Parse(s.Text).Diagnostics)}"));
    }

    [Fact]
    public void InlinePrograms_UseOnlySchemaPropertiesIncludingTheRequiredBaseModel()
    {
        var usages = Sources.Select(s => CSharpProgramUsage.Parse(s.Text)).ToList();

        Assert.Contains("BaseModel", usages.SelectMany(u => u.DeploymentArgs));
        Assert.Empty(SchemaNames.Unknown(usages.SelectMany(u => u.DeploymentArgs), SchemaNames.CSharp(SchemaNames.DeploymentInputs)));
        Assert.Empty(SchemaNames.Unknown(usages.SelectMany(u => u.DeploymentMembers), SchemaNames.CSharp(SchemaNames.DeploymentOutputs)));
    }

    [Fact]
    public void ConfigKeysAndStackOutputs_ExistInTheSchema()
    {
        var text = string.Join('\n', Sources.Select(s => s.Text));
        var keys = ConfigKeyPattern().Matches(text).Select(m => m.Groups["key"].Value).ToList();

        Assert.NotEmpty(keys);
        Assert.Empty(SchemaNames.Unknown(keys, SchemaNames.ConfigVariables));
    }

    [Fact]
    public void Project_IsNotInTheSolutionSoCiNeverBuildsIt()
    {
        var solution = File.ReadAllText(RepositoryRoot.Combine("Pulumi.Fireworks.sln"));

        Assert.True(File.Exists(Path.Combine(ProjectDirectory, "Pulumi.Fireworks.AutomationTests.csproj")));
        Assert.DoesNotContain("Pulumi.Fireworks.AutomationTests", solution, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"""fireworks:(?<key>[a-z]\w*)""")]
    private static partial Regex ConfigKeyPattern();
}
