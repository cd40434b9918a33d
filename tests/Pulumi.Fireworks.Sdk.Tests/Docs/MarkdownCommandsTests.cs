using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>
/// The commands the Markdown files tell users to run: every <c>make …</c> names a Makefile target (read from the
/// Makefile), every <c>fireworks:&lt;key&gt;</c> in a <c>pulumi config set</c> names a schema config variable.
/// </summary>
public sealed partial class MarkdownCommandsTests
{
    public static TheoryData<string> Documents() =>
    [
        "README.md",
        "docs/_index.md",
        "docs/installation-configuration.md",
        "docs/deployment.md",
        "docs/deployed-model.md",
        "docs/functions.md",
        "sdk/nodejs/README.md",
        "examples/csharp/README.md",
        "examples/typescript/README.md",
        "examples/yaml/README.md",
        "examples/consumer/README.md",
        "examples/consumer-csharp/README.md",
        "tests/Pulumi.Fireworks.AutomationTests/README.md",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void MakeCommands_NameExistingMakefileTargets(string document)
    {
        var page = MarkdownDocument.Load(document.Split('/'));
        var commands = ShellLines(page).Concat(page.InlineCode).Where(l => l.StartsWith("make ", StringComparison.Ordinal));
        var targets = MakefileTargets.Read();

        var missing = commands.SelectMany(MakefileTargets.Named).Where(t => !targets.Contains(t)).Distinct().ToList();

        Assert.True(missing.Count == 0, $"{document} names make targets the Makefile lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Readme_ShowsTheTwoCommandsInAShellBlock()
    {
        var lines = ShellLines(MarkdownDocument.Load("README.md")).ToList();

        Assert.Contains("make demo", lines);
        Assert.Contains("make test", lines);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ConfigSetCommands_NameSchemaConfigVariables(string document)
    {
        var keys = ShellLines(MarkdownDocument.Load(document.Split('/')))
            .Where(l => l.StartsWith("pulumi config set", StringComparison.Ordinal))
            .SelectMany(l => ConfigKeyPattern().Matches(l).Select(m => m.Groups["key"].Value));

        Assert.Empty(SchemaNames.Unknown(keys, SchemaNames.ConfigVariables));
    }

    /// <summary>Lines of the shell-like fenced blocks, without prompts and trailing comments.</summary>
    private static IEnumerable<string> ShellLines(MarkdownDocument page) =>
        page.FencesIn("sh", "bash", "shell", "console", "")
            .SelectMany(f => f.Text.Split('\n'))
            .Select(l => l.Trim())
            .Select(l => l.StartsWith("$ ", StringComparison.Ordinal) ? l[2..] : l)
            .Select(l => l.Contains(" #", StringComparison.Ordinal) ? l[..l.IndexOf(" #", StringComparison.Ordinal)].TrimEnd() : l)
            .Where(l => l.Length > 0 && !l.StartsWith('#'));

    [GeneratedRegex(@"\bfireworks:(?<key>[a-z]\w*)\b")]
    private static partial Regex ConfigKeyPattern();
}
