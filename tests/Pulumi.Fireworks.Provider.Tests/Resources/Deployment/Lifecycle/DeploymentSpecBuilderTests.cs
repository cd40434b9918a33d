using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

public sealed class DeploymentSpecBuilderTests
{
    private static DeploymentInputs Parse(params (string Key, object? Value)[] entries) =>
        DeploymentInputsParser.Parse(Valid(entries), new CheckFailureCollector());

    [Fact]
    public void ForCreate_ProviderKnobsAndInternalKeys_AreNeverSent()
    {
        var inputs = Parse(("deploymentId", "chat-1"), ("waitForReady", false), ("hardDelete", false),
            ("ignoreChecksOnDelete", true), ("__defaults", new[] { "deploymentId" }));

        var json = DeploymentLifecycleHarness.Json(DeploymentSpecBuilder.ForCreate(inputs));

        Assert.Equal($$$"""{"baseModel":"{{{Model}}}","acceleratorType":"{{{Accelerator}}}"}""", json);
    }

    [Fact]
    public void ForCreate_Placement_GoesUnderPlacement()
    {
        var json = DeploymentLifecycleHarness.Json(DeploymentSpecBuilder.ForCreate(Parse(("regions", new[] { "US_IOWA_1", "US_OHIO_1" }))));

        Assert.Contains("""
                        "placement":{"regions":["US_IOWA_1","US_OHIO_1"]}
                        """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void ForUpdate_ReplaceOnlyProperties_AreNeverSent()
    {
        var inputs = Parse(("region", "US_IOWA_1"), ("acceleratorType", "NVIDIA_H100_80GB"), ("displayName", "x"));

        var spec = DeploymentSpecBuilder.ForUpdate(inputs, ["baseModel", "region", "acceleratorType", "deploymentId", "displayName"]);

        Assert.Equal("""{"displayName":"x"}""", DeploymentLifecycleHarness.Json(spec));
    }

    [Fact]
    public void ForUpdate_OnlyKnobs_IsEmpty()
    {
        var spec = DeploymentSpecBuilder.ForUpdate(Parse(("waitForReady", false)), ["waitForReady", "hardDelete"]);

        Assert.True(DeploymentSpecBuilder.IsEmpty(spec));
    }
}
