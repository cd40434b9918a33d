using System.Text.Json;
using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Schema;

/// <summary>The package metadata the Pulumi Registry and the SDK generators of every language read.</summary>
public sealed partial class PackageMetadataTests
{
    private static readonly JsonElement Root = PackageSchema.Instance.Root;

    private static JsonElement Language(string name) => Root.GetProperty("language").GetProperty(name);

    [Theory]
    [InlineData("homepage")]
    [InlineData("repository")]
    [InlineData("logoUrl")]
    public void Urls_AreAbsoluteHttps(string key)
    {
        Assert.True(Uri.TryCreate(Root.GetProperty(key).GetString(), UriKind.Absolute, out var uri), $"{key} is not an absolute URL");
        Assert.Equal("https", uri.Scheme);
    }

    [Fact]
    public void Metadata_NamesPublisherLicenseKeywordsAndThePluginServer()
    {
        Assert.Equal("pulumi-fireworks", Root.GetProperty("publisher").GetString());
        Assert.Equal("Apache-2.0", Root.GetProperty("license").GetString());
        Assert.Equal("github://api.github.com/pulumi-fireworks", Root.GetProperty("pluginDownloadURL").GetString());
        var keywords = Root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("kind/native", keywords);
        Assert.Contains("category/infrastructure", keywords);
    }

    [Fact]
    public void CSharp_UsesThePulumiRootNamespaceAndTheFireworksNamespace()
    {
        var csharp = Language("csharp");

        Assert.Equal("Pulumi", csharp.GetProperty("rootNamespace").GetString());
        Assert.Equal("Fireworks", csharp.GetProperty("namespaces").GetProperty("fireworks").GetString());
        Assert.Equal("3.*", csharp.GetProperty("packageReferences").GetProperty("Pulumi").GetString());
    }

    [Fact]
    public void NodeJs_DependsOnPulumiWithTheCaretRangeOfTheSdksPackageJson()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "package.json")));
        var nodejs = Language("nodejs");
        var range = nodejs.GetProperty("dependencies").GetProperty("@pulumi/pulumi").GetString()!;

        Assert.Equal(manifest.RootElement.GetProperty("name").GetString(), nodejs.GetProperty("packageName").GetString());
        Assert.Matches(CaretRange(), range);
        Assert.Equal(range, manifest.RootElement.GetProperty("dependencies").GetProperty("@pulumi/pulumi").GetString());
    }

    [Fact]
    public void Python_IsPulumiFireworksOnPulumi3WithAPyproject()
    {
        var python = Language("python");

        Assert.Equal("pulumi_fireworks", python.GetProperty("packageName").GetString());
        Assert.Equal(">=3.0.0,<4.0.0", python.GetProperty("requires").GetProperty("pulumi").GetString());
        Assert.True(python.GetProperty("pyproject").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void Go_ImportsFromTheRepositorysSdkFolderWithResourceContainerTypes()
    {
        var go = Language("go");

        Assert.Equal("github.com/pulumi-fireworks/pulumi-fireworks/sdk/go/fireworks", go.GetProperty("importBasePath").GetString());
        Assert.True(go.GetProperty("generateResourceContainerTypes").GetBoolean());
        Assert.True(go.GetProperty("respectSchemaVersion").GetBoolean());
    }

    [Fact]
    public void Java_BasePackageIsAValidJavaPackageOfThePublishersGitHubNamespace()
    {
        var basePackage = Language("java").GetProperty("basePackage").GetString()!;
        // io.github.<GitHub account>, with the hyphen Java package names cannot hold written as an underscore (JLS 6.1).
        var expected = "io.github." + Root.GetProperty("publisher").GetString()!.Replace('-', '_');

        Assert.Matches(JavaPackage(), basePackage);
        Assert.Equal(expected, basePackage);
    }

    [Theory]
    [InlineData("csharp")]
    [InlineData("nodejs")]
    [InlineData("python")]
    [InlineData("go")]
    public void EveryLanguage_RespectsTheSchemaVersion(string language)
    {
        Assert.True(Language(language).GetProperty("respectSchemaVersion").GetBoolean());
    }

    [GeneratedRegex(@"^\^\d+\.\d+\.\d+$")]
    private static partial Regex CaretRange();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")]
    private static partial Regex JavaPackage();
}
