using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>docs/deployed-model.md: its tables and examples against schema.json.</summary>
public sealed class DeployedModelPageTests
{
    private static readonly MarkdownDocument Page = MarkdownDocument.Load("docs", "deployed-model.md");
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void InputsTable_ListsEveryInputWithItsTypeAndWhatAChangeDoes()
    {
        PropertyTables.AssertInputs(Page, "## Inputs", Schema.ResourceInputs(PackageSchema.DeployedModelToken), ["replaceMergedAddon"]);
    }

    [Fact]
    public void OutputsTable_ListsEveryServerOutputWithItsType()
    {
        var outputs = Schema.ResourceOutputs(PackageSchema.DeployedModelToken);

        PropertyTables.AssertNamesAndTypes(Page, "## Outputs", outputs, SchemaNames.DeployedModelOutputs.Except(SchemaNames.DeployedModelInputs));
    }

    [Fact]
    public void ReplaceTable_NamesExactlyTheSchemaReplaceOnChanges()
    {
        var row = Page.Table("## Replace or update").Rows.Single(r => r[1] == "replace");

        Assert.Equal(
            Schema.ResourceInputs(PackageSchema.DeployedModelToken).NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal),
            MarkdownTable.AllCode(row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Examples_ShowTheAddonOnTheDeploymentsNameInEveryLanguage()
    {
        var usages = PropertyTables.AssertExamples(Page);

        Assert.Equal(3, usages.Count(u => u.DeployedModelCount == 1));
        Assert.All(usages, u => Assert.Contains(u.DeploymentMembers, m => m is "name" or "Name"));
    }
}
