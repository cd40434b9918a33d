using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class ServiceOutputsTests
{
    [Fact]
    public void TextAndInteger_WriteOnlyWhatTheServiceReported()
    {
        var outputs = PropertyValue.EmptyMap.ToBuilder();

        ServiceOutputs.Text(outputs, "empty", "");
        ServiceOutputs.Text(outputs, "missing", null);
        ServiceOutputs.Text(outputs, "name", "x");
        ServiceOutputs.Integer(outputs, "none", null);
        ServiceOutputs.Integer(outputs, "zero", 0);

        Assert.Equal(["name", "zero"], outputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Status_IsCodeAndRedactedMessage_OrNothingWhenTheServiceSentNone()
    {
        var outputs = PropertyValue.EmptyMap.ToBuilder();

        ServiceOutputs.Status(outputs, "none", null, null, text => text);
        ServiceOutputs.Status(outputs, "status", "INTERNAL", "key abc leaked", text => text?.Replace("abc", "[redacted]", StringComparison.Ordinal));

        Assert.False(outputs.ContainsKey("none"));
        Assert.True(outputs["status"].TryGetMap(out var status));
        Assert.Equal(PropertyValue.Create("INTERNAL"), status["code"]);
        Assert.Equal(PropertyValue.Create("key [redacted] leaked"), status["message"]);
    }
}
