using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentInputsParserTests
{
    [Fact]
    public void Parse_TypedValues_AreReadFromDoublesAndStrings()
    {
        var inputs = DeploymentInputsParser.Parse(Valid(("minReplicaCount", 2.0), ("enableAddons", true),
            ("regions", new[] { "US_IOWA_1" }), ("annotations", Obj(("team", "ml"))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "1m"), ("loadTargets", Obj(("default", 0.7)))))), new CheckFailureCollector());

        Assert.Equal(2, inputs.MinReplicaCount!.Value);
        Assert.True(inputs.EnableAddons!.Value);
        Assert.Equal<string>(["US_IOWA_1"], inputs.Regions!.Value);
        Assert.Equal("ml", inputs.Annotations!.Value["team"]);
        Assert.Equal(TimeSpan.FromMinutes(1), inputs.AutoscalingPolicy!.Value.ScaleUpWindow!.Value);
        Assert.Equal(0.7, inputs.AutoscalingPolicy.Value.LoadTargets!.Value["default"]);
        Assert.True(inputs.WaitForReady.Value);
        Assert.Null(inputs.Description);
    }

    [Fact]
    public void Parse_SecretInput_IsUnwrappedAndRemembered()
    {
        var inputs = DeploymentInputsParser.Parse(Valid(("displayName", Secret("hidden"))), new CheckFailureCollector());

        Assert.Equal("hidden", inputs.DisplayName!.Value);
        Assert.Contains("displayName", inputs.SecretProperties);
        Assert.Equal(Secret("hidden"), inputs.ToPropertyMap()["displayName"]);
    }

    [Fact]
    public void Parse_Unknown_IsExplicitAndWrittenBackAsItCame()
    {
        var unknownSecret = PropertyValue.CreateOutput(new PropertyOutput(null, true, ["urn:x"]));
        var inputs = DeploymentInputsParser.Parse(Valid(("region", unknownSecret)), new CheckFailureCollector());

        Assert.True(inputs.Region!.IsUnknown);
        Assert.Throws<InvalidOperationException>(() => inputs.Region.Value);
        Assert.Equal(unknownSecret, inputs.ToPropertyMap()["region"]);
    }

    [Fact]
    public void ToString_NeverShowsADirectRouteKey()
    {
        var inputs = DeploymentInputsParser.Parse(Valid(("directRouteApiKeys", new[] { SecretKey })), new CheckFailureCollector());

        Assert.Equal(SecretKey, inputs.DirectRouteApiKeys!.Value[0]);
        Assert.DoesNotContain(SecretKey, inputs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPropertyMap_RoundTripsCheckedInputs()
    {
        var map = Valid(("deploymentId", "chat-1"), ("maxReplicaCount", 3), ("multiRegion", "US"),
            ("annotations", Obj(("a", "b"))), ("autoscalingPolicy", Obj(("scaleDownWindow", "600s"))),
            ("waitForReady", false), ("hardDelete", true), ("ignoreChecksOnDelete", false));

        var written = DeploymentInputsParser.Parse(map, new CheckFailureCollector()).ToPropertyMap();

        Assert.Equal(PropertyValue.CreateMap(map), PropertyValue.CreateMap(written));
    }
}
