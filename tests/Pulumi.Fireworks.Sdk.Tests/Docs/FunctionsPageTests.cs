using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>docs/functions.md: one section per schema function, its tables and examples against schema.json.</summary>
public sealed class FunctionsPageTests
{
    private static readonly MarkdownDocument Page = MarkdownDocument.Load("docs", "functions.md");
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> Functions => [.. Schema.FunctionTokens];

    [Theory]
    [MemberData(nameof(Functions))]
    public void InputAndOutputTables_ListEveryPropertyWithItsType(string token)
    {
        var name = PackageSchema.TypeName(token);

        PropertyTables.AssertNamesAndTypes(Page, $"### {name} inputs", Schema.FunctionInputs(token), Schema.FunctionInputs(token).Properties.Keys);
        PropertyTables.AssertNamesAndTypes(Page, $"### {name} outputs", Schema.FunctionOutputs(token), Schema.FunctionOutputs(token).Properties.Keys);
    }

    [Fact]
    public void OverviewTable_NamesEveryFunctionTokenWithBothStylesInBothSdks()
    {
        var rows = Page.Table("# Functions").RowsByName();

        Assert.Equal(Schema.FunctionTokens.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var token in Schema.FunctionTokens)
        {
            var name = PackageSchema.TypeName(token);
            var cls = PackageSchema.FunctionClassName(token);
            Assert.Equal([name, name + "Output"], MarkdownTable.AllCode(rows[token][2]));
            Assert.Equal([cls + ".InvokeAsync", cls + ".Invoke"], MarkdownTable.AllCode(rows[token][3]));
        }
    }

    [Fact]
    public void Examples_CallEveryFunctionInEveryLanguageWithSchemaArgumentsOnly()
    {
        var usages = PropertyTables.AssertExamples(Page);

        foreach (var function in SchemaNames.Functions)
        {
            Assert.True(usages.Count(u => u.FunctionArgs.ContainsKey(function)) >= 3, $"{function} must be shown in C#, TypeScript and YAML");
        }
    }
}
