using System.Text.Json;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Plugin;

public sealed class PluginVersionTests
{
    [Theory]
    [InlineData("0.1.0+4f2c9e1", "0.1.0")]
    [InlineData("1.2.3-alpha.1+abc", "1.2.3-alpha.1")]
    [InlineData("2.0.0", "2.0.0")]
    public void FromInformationalVersion_DropsTheCommitSuffix(string informational, string expected)
    {
        Assert.Equal(expected, PluginVersion.FromInformationalVersion(informational));
    }

    [Fact]
    public void Current_IsTheVersionOfTheEmbeddedSchema()
    {
        // Both come from VERSION (the build reads it; a release test checks schema.json against it).
        using var schema = JsonDocument.Parse(EmbeddedSchema.Json);

        Assert.Equal(schema.RootElement.GetProperty("version").GetString(), PluginVersion.Current);
    }
}
