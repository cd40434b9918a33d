using System.Xml.Linq;
using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Distribution;

/// <summary>build/platforms.json against what `pulumi plugin install` downloads and what the build produces.</summary>
public sealed class DistLayoutTests
{
    private static readonly DistLayout Layout = DistLayout.Instance;

    public static TheoryData<string> Runtimes() => [.. Layout.Runtimes.Keys];

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Runtime_MapsToPulumisNamesForItsOwnOsAndArchitecture(string rid)
    {
        var (os, arch) = (rid.Split('-')[0], rid.Split('-')[1]);
        var expected = new DistPlatform(
            os switch { "linux" => "linux", "osx" => "darwin", "win" => "windows", _ => $"(no Pulumi os for {os})" },
            arch switch { "x64" => "amd64", "arm64" => "arm64", _ => $"(no Pulumi arch for {arch})" });

        Assert.Equal(expected, Layout.Runtimes[rid]);
    }

    [Fact]
    public void Runtimes_CoverLinuxAndMacOnBothArchitecturesAndWindowsOnAmd64()
    {
        var platforms = Layout.Runtimes.Values.Select(p => $"{p.Os}-{p.Arch}").Order(StringComparer.Ordinal);

        Assert.Equal(["darwin-amd64", "darwin-arm64", "linux-amd64", "linux-arm64", "windows-amd64"], platforms);
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void ArchiveName_IsTheOneThePulumiCliDownloads(string rid)
    {
        var p = Layout.Runtimes[rid];

        // pluginDownloadURL: the CLI fetches <url>/pulumi-resource-<name>-v<version>-<os>-<arch>.tar.gz.
        Assert.Equal($"pulumi-resource-fireworks-v1.2.3-{p.Os}-{p.Arch}.tar.gz", Layout.ArchiveName("1.2.3", rid));
    }

    [Fact]
    public void ChecksumsName_CarriesTheVersion()
    {
        Assert.Equal("pulumi-resource-fireworks-v1.2.3-checksums.txt", Layout.ChecksumsName("1.2.3"));
    }

    [Fact]
    public void Binary_IsTheProviderAssemblyName()
    {
        var assemblyName = XDocument.Parse(RepositoryRoot.ReadText("provider/Pulumi.Fireworks.Provider.csproj"))
            .Descendants("AssemblyName").Single().Value;

        Assert.Equal(assemblyName, Layout.Binary);
    }

    [Fact]
    public void Archive_ShipsTheLicenseAndTheReadme()
    {
        Assert.Equal(["LICENSE", "README.md"], Layout.Files);
        Assert.All(Layout.Files, f => Assert.True(File.Exists(RepositoryRoot.Combine(f)), $"{f} is missing"));
    }
}
