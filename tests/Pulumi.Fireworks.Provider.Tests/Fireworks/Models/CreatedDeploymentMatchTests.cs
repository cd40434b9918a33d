using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Models;

public class CreatedDeploymentMatchTests
{
    private static readonly DeploymentSpec Sent = new()
    {
        BaseModel = "m",
        DeploymentShape = "accounts/fireworks/deploymentShapes/s",
        AutoscalingPolicy = new AutoscalingPolicy { ScaleToZeroWindow = "5m" },
        Placement = new Placement { Regions = ["A", "B"] },
        DirectRouteApiKeys = ["k1", "k2"],
        Annotations = new Dictionary<string, string> { ["a"] = "1" },
        MaxReplicaCount = 2,
    };

    [Fact]
    public void Difference_ServerNormalisedEcho_Matches()
    {
        var found = new Deployment
        {
            BaseModel = "m",
            DeploymentShape = "accounts/fireworks/deploymentShapes/s/versions/7",
            AutoscalingPolicy = new AutoscalingPolicy { ScaleToZeroWindow = "300s", ScaleUpWindow = "30s" },
            Placement = new Placement { Regions = ["B", "A"] },
            DirectRouteApiKeys = ["k2", "k1"],
            Annotations = new Dictionary<string, string> { ["a"] = "1", ["server"] = "x" },
            MaxReplicaCount = 2,
            AcceleratorType = "NVIDIA_H100_80GB",
            State = "CREATING",
        };

        Assert.Null(CreatedDeploymentMatch.Difference(Sent, found));
    }

    [Fact]
    public void Difference_SentZeroFilledInByTheService_Matches()
    {
        // Our own lost create: "0 = model default" comes back as the model's real length, 0 replicas min as 0.
        var sent = Sent with { MaxContextLength = 0, MinReplicaCount = 0, EnableAddons = false };
        var found = new Deployment { BaseModel = "m", MaxReplicaCount = 2, MaxContextLength = 131072, EnableAddons = null };

        Assert.Null(CreatedDeploymentMatch.Difference(sent, found));
    }

    [Theory]
    [InlineData("maxReplicaCount")]
    [InlineData("shape")]
    [InlineData("keys")]
    [InlineData("deleted")]
    public void Difference_AnyFieldThatDisagrees_IsReported(string what)
    {
        var found = new Deployment
        {
            BaseModel = "m",
            MaxReplicaCount = what == "maxReplicaCount" ? 3 : 2,
            DeploymentShape = what == "shape" ? "accounts/fireworks/deploymentShapes/other/versions/1" : null,
            DirectRouteApiKeys = what == "keys" ? ["k1"] : null,
            State = what == "deleted" ? "DELETED" : "READY",
        };

        Assert.NotNull(CreatedDeploymentMatch.Difference(Sent, found));
    }
}
