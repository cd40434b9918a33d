using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>docs/deployment.md: its property tables and examples against schema.json.</summary>
public sealed class DeploymentPageTests
{
    private static readonly string[] ProviderOnlyInputs = ["hardDelete", "ignoreChecksOnDelete", "skipShapeValidation", "waitForReady"];

    private static readonly MarkdownDocument Page = MarkdownDocument.Load("docs", "deployment.md");
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void InputsTable_ListsEveryInputWithItsTypeSecrecyAndWhatAChangeDoes()
    {
        var table = Page.Table("## Inputs");
        var rows = table.RowsByName();
        Assert.Equal(SchemaNames.DeploymentInputs.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));

        var replaces = Schema.DeploymentInputs.NamesWhere("replaceOnChanges").ToHashSet(StringComparer.Ordinal);
        foreach (var (name, property) in Schema.DeploymentInputs.Properties)
        {
            var expectedChange = replaces.Contains(name) ? "replace" : ProviderOnlyInputs.Contains(name) ? "update (state only)" : "update";
            Assert.True(SchemaTypeText.WithSecrecy(property) == rows[name][1], $"{name}: type '{rows[name][1]}', schema '{SchemaTypeText.WithSecrecy(property)}'");
            Assert.True(expectedChange == rows[name][2], $"{name}: on change '{rows[name][2]}', schema says '{expectedChange}'");
        }
    }

    [Fact]
    public void OutputsTable_ListsEveryServerOutputWithItsType()
    {
        AssertTable("## Outputs", Schema.DeploymentOutputs, SchemaNames.ServerOutputs);
    }

    [Theory]
    [InlineData("### AutoscalingPolicy", "fireworks:index:AutoscalingPolicy")]
    [InlineData("### DeploymentStatus", "fireworks:index:DeploymentStatus")]
    [InlineData("### ScalingSchedule", "fireworks:index:ScalingSchedule")]
    [InlineData("### AutoTune", "fireworks:index:AutoTune")]
    [InlineData("### ReplicaStats", "fireworks:index:ReplicaStats")]
    public void ObjectTypeTables_ListEveryPropertyWithItsType(string heading, string token)
    {
        var type = Schema.Type(token);
        AssertTable(heading, type, type.Properties.Keys.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceTable_NamesExactlyTheSchemaReplaceOnChanges()
    {
        var row = Page.Table("## Replace or update").Rows.Single(r => r[1] == "replace");

        Assert.Equal(Schema.DeploymentInputs.NamesWhere("replaceOnChanges").Order(StringComparer.Ordinal),
            MarkdownTable.AllCode(row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceTable_ListsTheStateOnlyInputs()
    {
        var row = Page.Table("## Replace or update").Rows.Single(r => r[1] == "update (state only)");

        Assert.Equal(ProviderOnlyInputs, MarkdownTable.AllCode(row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EnumsTable_ListsEverySchemaEnumWithItsSmallValueListsInFull()
    {
        var rows = Page.Table("## Enums").RowsByName();
        Assert.Equal(Schema.EnumTokens.Select(PackageSchema.TypeName).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var token in Schema.EnumTokens.Where(t => PackageSchema.TypeName(t) != "Region"))
        {
            var values = Schema.EnumValues(token).Select(v => v.GetProperty("value").GetString());
            Assert.Equal(values, MarkdownTable.AllCode(rows[PackageSchema.TypeName(token)][1]));
        }
    }

    [Fact]
    public void ExpireTime_IsDocumentedAsASelfDestructTimer()
    {
        var row = Page.Table("## Inputs").RowsByName()["expireTime"];

        Assert.Contains("self-destruct", row[3], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Examples_UseOnlySchemaPropertiesInEveryLanguage()
    {
        var csharp = Page.FencesIn("csharp").Select(f => CSharpProgramUsage.Parse(f.Text)).ToList();
        var typescript = Page.FencesIn("typescript").Select(f => TypeScriptProgramUsage.Parse(f.Text)).ToList();
        var yaml = Page.FencesIn("yaml").Select(f => YamlProgramUsage.Parse(f.Text)).ToList();

        Assert.All(csharp, u => Assert.Empty(u.Diagnostics));
        Assert.Empty(SchemaNames.Unknown(csharp.SelectMany(u => u.DeploymentArgs), SchemaNames.CSharp(SchemaNames.DeploymentInputs)));
        Assert.Empty(SchemaNames.Unknown(csharp.SelectMany(u => u.AutoscalingPolicyArgs), SchemaNames.CSharp(SchemaNames.AutoscalingPolicy)));
        Assert.Empty(SchemaNames.Unknown(typescript.SelectMany(u => u.DeploymentArgs), SchemaNames.DeploymentInputs));
        Assert.Empty(SchemaNames.Unknown(typescript.SelectMany(u => u.AutoscalingPolicyArgs), SchemaNames.AutoscalingPolicy));
        Assert.Empty(SchemaNames.Unknown(yaml.SelectMany(u => u.DeploymentArgs), SchemaNames.DeploymentInputs));
        Assert.Empty(SchemaNames.Unknown(yaml.SelectMany(u => u.AutoscalingPolicyArgs), SchemaNames.AutoscalingPolicy));
        Assert.Empty(SchemaNames.Unknown(yaml.SelectMany(u => u.DeploymentMembers), SchemaNames.DeploymentOutputs));
        Assert.True(csharp.Sum(u => u.DeploymentCount) > 0 && typescript.Sum(u => u.DeploymentCount) > 0 && yaml.Sum(u => u.DeploymentCount) > 0,
            "docs/deployment.md must show the resource in C#, TypeScript and YAML");
    }

    private static void AssertTable(string heading, SchemaObject schemaObject, IReadOnlySet<string> expected)
    {
        var rows = Page.Table(heading).RowsByName();
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var name in expected)
        {
            var type = SchemaTypeText.Of(schemaObject.Properties[name]);
            Assert.True(type == rows[name][1], $"{heading} {name}: type '{rows[name][1]}', schema '{type}'");
        }
    }
}
