using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class LatestValidatedVersionsTests
{
    private const string Shape = "accounts/fireworks/deploymentShapes/llama-throughput";

    [Fact]
    public void Counts_OnlyAVersionMarkedLatestValidated()
    {
        var latest = FakeDeploymentShapesApi.Version(Shape, "v1", latestValidated: true);
        var validatedButOlder = latest with { LatestValidated = null };
        var unvalidated = FakeDeploymentShapesApi.Version(Shape, "v2", latestValidated: false);

        Assert.True(LatestValidatedVersions.Counts(latest));
        Assert.False(LatestValidatedVersions.Counts(validatedButOlder));
        Assert.False(LatestValidatedVersions.Counts(unvalidated));
    }

    [Fact]
    public void Counts_AVersionWhoseNameIsNotAVersionName_IsLeftOut()
    {
        var version = FakeDeploymentShapesApi.Version(Shape, "v1", latestValidated: true) with { Name = Shape };

        Assert.False(LatestValidatedVersions.Counts(version));
    }

    [Fact]
    public void Collector_TwoMarkedVersionsOfOneShape_KeepsTheNewerInTheFirstsPlace()
    {
        var collector = LatestValidatedVersions.Collector(10);

        collector.Add(FakeDeploymentShapesApi.Version(Shape, "v1", true, createTime: "2026-01-01T00:00:00Z"));
        collector.Add(FakeDeploymentShapesApi.Version("accounts/fireworks/deploymentShapes/other", "o1", true));
        collector.Add(FakeDeploymentShapesApi.Version(Shape, "v2", true, createTime: "2026-02-01T00:00:00Z"));
        collector.Add(FakeDeploymentShapesApi.Version(Shape, "v0", true, createTime: "2025-12-01T00:00:00Z"));

        Assert.Equal([$"{Shape}/versions/v2", "accounts/fireworks/deploymentShapes/other/versions/o1"],
            collector.Items.Select(version => version.Name));
    }
}
