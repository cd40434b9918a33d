using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>README.md: its C# snippet, configuration table and replace/update table against schema.json.</summary>
public sealed class ReadmeTests
{
    private static readonly MarkdownDocument Readme = MarkdownDocument.Load("README.md");

    [Fact]
    public void CSharpSnippet_ParsesAndUsesOnlySchemaPropertiesThroughTheNamespaceAlias()
    {
        var snippet = Assert.Single(Readme.FencesIn("csharp"));
        var usage = CSharpProgramUsage.Parse(snippet.Text);

        Assert.Empty(usage.Diagnostics);
        Assert.Contains("using Fireworks = Pulumi.Fireworks;", snippet.Text, StringComparison.Ordinal);
        Assert.Contains("new Fireworks.Deployment(", snippet.Text, StringComparison.Ordinal);
        Assert.Contains("BaseModel", usage.DeploymentArgs);
        Assert.Empty(SchemaNames.Unknown(usage.DeploymentArgs, SchemaNames.CSharp(SchemaNames.DeploymentInputs)));
        Assert.Contains("DirectRouteHandle", usage.DeploymentMembers);
        Assert.Empty(SchemaNames.Unknown(usage.DeploymentMembers, SchemaNames.CSharp(SchemaNames.DeploymentOutputs)));
    }

    [Fact]
    public void ConfigurationTable_ListsEveryConfigVariableWithItsEnvironmentFallbackAndDefault()
    {
        ConfigurationTable.AssertMatchesSchema(Readme.Table("## Configuration"), "environment fallback", "default");
    }

    [Fact]
    public void ChangeTable_NamesTheSchemaReplaceOnChangesExactlyAndEveryInput()
    {
        var table = Readme.Table("## The Deployment resource");
        var replaces = table.Rows.Where(r => r[1].Contains("replace", StringComparison.Ordinal)).SelectMany(r => MarkdownTable.AllCode(r[0]));
        var all = table.Rows.SelectMany(r => MarkdownTable.AllCode(r[0])).Select(n => n.Split(' ')[0]);

        Assert.Equal(PackageSchema.Instance.DeploymentInputs.NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal),
            replaces.SelectMany(n => n.Split(" / ")).Order(StringComparer.Ordinal));
        Assert.Equal(SchemaNames.DeploymentInputs.Order(StringComparer.Ordinal),
            all.SelectMany(n => n.Split(" / ")).Where(n => n.Length > 0).Order(StringComparer.Ordinal));
    }
}
