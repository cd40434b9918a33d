using System.Reflection;
using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>
/// VERSION is the one version source. MSBuild stamps the assemblies from it (Directory.Build.props), so the plugin's
/// GetPluginInfo follows by itself; every other file that states the version is checked here.
/// </summary>
public sealed partial class VersionAgreementTests
{
    public static TheoryData<string, string, string> Mentions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var m in PackageFileVersions.All().Concat(MarkdownVersions.All()).Append(ChangelogReleases.Newest()))
        {
            data.Add(m.File, m.Where, m.Value);
        }

        return data;
    }

    [Fact]
    public void VersionFile_HoldsOneSemanticVersionOnOneLine()
    {
        Assert.Matches(SemanticVersion(), VersionFile.Text);
    }

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Mention_AgreesWithTheVersionFile(string file, string where, string value)
    {
        Assert.True(value == VersionFile.Value, $"{file} ({where}) says {value}; {VersionFile.Name} says {VersionFile.Value}");
    }

    [Fact]
    public void Build_StampsAssembliesWithTheVersionFile()
    {
        var informational = typeof(VersionAgreementTests).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        // The SDK appends "+<commit>" from source control; the plugin drops it the same way (PluginVersion).
        Assert.Equal(VersionFile.Value, informational.Split('+')[0]);
    }

    [Fact]
    public void Readme_StatesTheVersionInItsStatusAndInstallCommands()
    {
        var readme = MarkdownVersions.All().Where(m => m.File == "README.md").ToList();

        Assert.Contains(readme, m => m.Where.Contains("**Version", StringComparison.Ordinal));
        Assert.Contains(readme, m => m.Where.Contains("resource fireworks", StringComparison.Ordinal));
    }

    [Fact]
    public void Changelog_LinksTheNewestRelease()
    {
        var newest = ChangelogReleases.Newest().Value;

        Assert.True(ChangelogReleases.HasLinkFor(newest), $"{ChangelogReleases.File} has no link reference [{newest}]: https://…");
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n?$")]
    private static partial Regex SemanticVersion();
}
