using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>docs/: the layout the Pulumi Registry reads (front matter on every page) and the overview page.</summary>
public sealed partial class RegistryPagesTests
{
    public static TheoryData<string> Pages =>
        [.. Directory.EnumerateFiles(RepositoryRoot.Combine("docs"), "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_StartsWithTitleMetaDescriptionAndThePackageLayout(string page)
    {
        var match = FrontMatter().Match(MarkdownDocument.Load("docs", page).Text);

        Assert.True(match.Success, $"docs/{page} has no front matter");
        var keys = match.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(keys.GetValueOrDefault("title")), $"docs/{page}: no title");
        Assert.False(string.IsNullOrWhiteSpace(keys.GetValueOrDefault("meta_desc")), $"docs/{page}: no meta_desc");
        Assert.Equal("package", keys.GetValueOrDefault("layout"));
    }

    [Fact]
    public void Index_HasTheRegistryPagesAndAnExampleInCSharpTypeScriptAndYaml()
    {
        var page = MarkdownDocument.Load("docs", "_index.md");
        var usages = PropertyTables.AssertExamples(page);

        Assert.Equal(3, usages.Count(u => u.DeploymentCount == 1 && u.DeployedModelCount == 1 && u.FunctionArgs.ContainsKey("getDeploymentShape")));
        foreach (var link in new[] { "deployment.md", "deployed-model.md", "functions.md", "installation-configuration.md" })
        {
            Assert.Contains($"({link})", page.Text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\A---\n(?<body>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}
