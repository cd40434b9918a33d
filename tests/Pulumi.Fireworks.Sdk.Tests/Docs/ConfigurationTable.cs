using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;

namespace Pulumi.Fireworks.Sdk.Tests.Docs;

/// <summary>The shared check of a configuration table (README.md and docs/installation-configuration.md).</summary>
internal static class ConfigurationTable
{
    public static void AssertMatchesSchema(MarkdownTable table, string environmentColumn, string defaultColumn)
    {
        var variables = PackageSchema.Instance.ConfigVariables.Properties;
        var names = table.Rows.Select(r => MarkdownTable.FirstCode(r[0])).ToList();
        Assert.Equal(variables.Keys.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));

        var environment = table.Column(environmentColumn).ToList();
        var defaults = table.Column(defaultColumn).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var property = variables[names[i]];
            var expectedEnvironment = property.TryGetProperty("defaultInfo", out var info)
                ? string.Join(", ", info.GetProperty("environment").EnumerateArray().Select(e => $"`{e.GetString()}`"))
                : "";
            Assert.True(expectedEnvironment == environment[i], $"{names[i]}: environment '{environment[i]}', schema '{expectedEnvironment}'");
            if (property.TryGetProperty("default", out var value))
            {
                Assert.True(defaults[i] == $"`{value}`", $"{names[i]}: default '{defaults[i]}', schema '{value}'");
            }
        }
    }
}
