using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>docs/installation-configuration.md against schema.json.</summary>
public sealed class InstallationConfigurationPageTests
{
    private static readonly MarkdownDocument Page = MarkdownDocument.Load("docs", "installation-configuration.md");

    [Fact]
    public void ConfigurationKeysTable_ListsEveryConfigVariableWithItsEnvironmentFallbackAndDefault()
    {
        ConfigurationTable.AssertMatchesSchema(Page.Table("## Configuration keys"), "environment fallback", "default");
    }

    [Fact]
    public void CSharpSnippets_ParseAndUseOnlySchemaProperties()
    {
        var usages = Page.FencesIn("csharp").Select(f => CSharpProgramUsage.Parse(f.Text)).ToList();

        Assert.NotEmpty(usages);
        Assert.All(usages, u => Assert.Empty(u.Diagnostics));
        Assert.Empty(SchemaNames.Unknown(usages.SelectMany(u => u.DeploymentArgs), SchemaNames.CSharp(SchemaNames.DeploymentInputs)));
        Assert.NotEmpty(usages.SelectMany(u => u.ProviderArgs));
        Assert.Empty(SchemaNames.Unknown(usages.SelectMany(u => u.ProviderArgs), SchemaNames.CSharp(SchemaNames.ProviderInputs)));
    }

    [Fact]
    public void PluginSection_ShowsTheServerTheTarballAndTheYamlForms()
    {
        var server = Conformance.PackageSchema.Instance.Root.GetProperty("pluginDownloadURL").GetString()!;
        var version = Conformance.PackageSchema.Instance.Root.GetProperty("version").GetString()!;
        var shell = string.Join('\n', Page.FencesIn("sh").Select(f => f.Text));
        var yaml = string.Join('\n', Page.FencesIn("yaml").Select(f => f.Text));

        Assert.Contains($"pulumi plugin install resource fireworks {version} --server {server}", shell, StringComparison.Ordinal);
        Assert.Contains($"pulumi plugin install resource fireworks {version} -f pulumi-resource-fireworks-v{version}-linux-amd64.tar.gz", shell, StringComparison.Ordinal);
        Assert.Contains($"pluginDownloadURL: {server}", yaml, StringComparison.Ordinal);
        Assert.Contains("type: pulumi:providers:fireworks", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void InstallTable_NamesTheSdkPackagesOfTheSchema()
    {
        var table = Page.Table("### The SDKs");
        var install = string.Join('\n', table.Column("install"));
        var nodePackage = Conformance.PackageSchema.Instance.Root.GetProperty("language").GetProperty("nodejs").GetProperty("packageName").GetString()!;

        Assert.Contains("dotnet add package Pulumi.Fireworks", install, StringComparison.Ordinal);
        Assert.Contains($"npm install {nodePackage}", install, StringComparison.Ordinal);
    }
}
