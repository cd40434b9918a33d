using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Tests.PropertyValues;

public sealed class PropertyOutputTests
{
    [Fact]
    public void ToString_SecretOutput_NeverPrintsTheValue()
    {
        var output = new PropertyOutput(PropertyValue.Create("RouteKey123"), IsSecret: true, ["urn:a"]);

        var text = $"{output}";

        Assert.DoesNotContain("RouteKey123", text, StringComparison.Ordinal);
        Assert.Contains("[secret]", text, StringComparison.Ordinal);
        Assert.Contains("urn:a", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HashAndText_DefaultDependencies_DoNotThrow()
    {
        var output = new PropertyOutput(null, IsSecret: false, default(ImmutableArray<string>));

        Assert.Contains("[unknown]", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(output.GetHashCode(), output.GetHashCode());
    }
}
