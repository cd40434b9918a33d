namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>What counts as a version mention in Markdown, so a new way of writing one is not silently missed.</summary>
public sealed class MarkdownVersionsTests
{
    [Theory]
    [InlineData("pulumi plugin install resource fireworks 1.2.3 -f x", "1.2.3")]
    [InlineData("pulumi plugin install resource fireworks 1.2.3-rc.1 --server s", "1.2.3-rc.1")]
    [InlineData("pulumi-resource-fireworks-v1.2.3-linux-amd64.tar.gz", "1.2.3")]
    [InlineData("pulumi-resource-fireworks-v1.2.3-rc.1-darwin-arm64.tar.gz", "1.2.3-rc.1")]
    [InlineData("pulumi-resource-fireworks-v1.2.3-checksums.txt", "1.2.3")]
    [InlineData("~/.pulumi/plugins/resource-fireworks-v1.2.3/", "1.2.3")]
    [InlineData("- **Version 1.2.3, not released yet.**", "1.2.3")]
    [InlineData("NuGet caches `Pulumi.Fireworks` 1.2.3 in the global packages folder", "1.2.3")]
    [InlineData("npm install @pulumi-fireworks/fireworks@1.2.3", "1.2.3")]
    public void Mentions_FindTheVersionInEachWayTheDocsWriteIt(string line, string version)
    {
        var mention = Assert.Single(MarkdownVersions.Mentions("doc.md", line));

        Assert.Equal(version, mention.Value);
        Assert.Equal("line 1: ", mention.Where[..8]);
    }

    [Theory]
    [InlineData("the pinned `@pulumi/pulumi` 3.270.0 asks for Node 22")]
    [InlineData("They need the .NET 10 SDK")]
    public void Mentions_IgnoreOtherPackagesVersions(string line)
    {
        Assert.Empty(MarkdownVersions.Mentions("doc.md", line));
    }

    [Fact]
    public void Files_ScanDocsAndReadmesButNotTheChangelogOrDependencies()
    {
        var files = MarkdownVersions.Files().ToList();

        Assert.Contains("README.md", files);
        Assert.Contains("docs/installation-configuration.md", files);
        Assert.DoesNotContain("CHANGELOG.md", files);
        Assert.DoesNotContain(files, f => f.Contains("node_modules", StringComparison.Ordinal));
    }
}
