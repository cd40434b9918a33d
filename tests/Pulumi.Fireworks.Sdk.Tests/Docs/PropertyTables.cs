using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>The shared checks of the docs' property tables against schema.json.</summary>
internal static class PropertyTables
{
    /// <summary>A table whose rows are exactly <paramref name="expected"/>, each with the schema type in its second column.</summary>
    public static void AssertNamesAndTypes(MarkdownDocument page, string heading, SchemaObject schemaObject, IEnumerable<string> expected)
    {
        var rows = page.Table(heading).RowsByName();
        var names = expected.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, rows.Keys.Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            var type = SchemaTypeText.WithSecrecy(schemaObject.Properties[name]);
            Assert.True(type == rows[name][1], $"{page.Path} {heading} {name}: type '{rows[name][1]}', schema '{type}'");
        }
    }

    /// <summary>
    /// An inputs table (input | type | on change | description) listing every input with its type and what a change
    /// does: "replace" for the schema's replaceOnChanges, "update (state only)" for <paramref name="stateOnly"/>,
    /// otherwise "update".
    /// </summary>
    public static void AssertInputs(MarkdownDocument page, string heading, SchemaObject inputs, IReadOnlyCollection<string> stateOnly)
    {
        AssertNamesAndTypes(page, heading, inputs, inputs.Properties.Keys);
        var rows = page.Table(heading).RowsByName();
        var replaces = inputs.NamesWhere("replaceOnChanges").ToHashSet(StringComparer.Ordinal);
        foreach (var name in inputs.Properties.Keys)
        {
            var expected = replaces.Contains(name) ? "replace" : stateOnly.Contains(name) ? "update (state only)" : "update";
            Assert.True(expected == rows[name][2], $"{page.Path} {name}: on change '{rows[name][2]}', schema says '{expected}'");
        }
    }

    /// <summary>Every code example of the page in C#, TypeScript and YAML uses only schema names, and shows what it must.</summary>
    public static IReadOnlyList<IProgramUsage> AssertExamples(MarkdownDocument page)
    {
        var csharp = page.FencesIn("csharp").Select(f => CSharpProgramUsage.Parse(f.Text)).ToList();
        var typescript = page.FencesIn("typescript").Select(f => (IProgramUsage)TypeScriptProgramUsage.Parse(f.Text)).ToList();
        var yaml = page.FencesIn("yaml").Select(f => (IProgramUsage)YamlProgramUsage.Parse(f.Text)).ToList();
        Assert.All(csharp, u => Assert.True(u.Diagnostics.Count == 0, $"{page.Path}: {string.Join("; ", u.Diagnostics)}"));

        AssertKnown(page, csharp, SchemaNames.CSharp);
        AssertKnown(page, typescript, names => names);
        AssertKnown(page, yaml, names => names);
        return [.. csharp, .. typescript, .. yaml];
    }

    private static void AssertKnown(MarkdownDocument page, IEnumerable<IProgramUsage> usages, Func<IReadOnlySet<string>, IReadOnlySet<string>> spell)
    {
        foreach (var usage in usages)
        {
            var where = $"{page.Path} ({usage.GetType().Name})";
            Assert.True(SchemaNames.Unknown(usage.DeploymentArgs, spell(SchemaNames.DeploymentInputs)).Count == 0, $"{where}: unknown Deployment inputs {string.Join(", ", SchemaNames.Unknown(usage.DeploymentArgs, spell(SchemaNames.DeploymentInputs)))}");
            Assert.Empty(SchemaNames.Unknown(usage.AutoscalingPolicyArgs, spell(SchemaNames.AutoscalingPolicy)));
            Assert.Empty(SchemaNames.Unknown(usage.DeploymentMembers, spell(SchemaNames.DeploymentOutputs)));
            Assert.Empty(SchemaNames.Unknown(usage.DeployedModelArgs, spell(SchemaNames.DeployedModelInputs)));
            Assert.Empty(SchemaNames.Unknown(usage.DeployedModelMembers, spell(SchemaNames.DeployedModelOutputs)));
            foreach (var (function, args) in usage.FunctionArgs)
            {
                Assert.True(SchemaNames.Functions.Contains(function), $"{where}: no function {function} in the schema");
                Assert.Empty(SchemaNames.Unknown(args, spell(SchemaNames.FunctionInputs(function))));
            }

            foreach (var (function, members) in usage.FunctionMembers)
            {
                Assert.Empty(SchemaNames.Unknown(members, spell(SchemaNames.FunctionOutputs(function))));
            }
        }
    }
}
