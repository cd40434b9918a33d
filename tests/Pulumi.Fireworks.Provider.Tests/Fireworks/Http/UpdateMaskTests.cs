using System.Text.Json;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Http;

public class UpdateMaskTests
{
    [Fact]
    public void FromBody_EveryWritableField_MapsToItsSnakeCasePath()
    {
        var spec = new DeploymentSpec
        {
            BaseModel = "m", DisplayName = "d", Description = "x", AcceleratorType = "t", AcceleratorCount = 1, Precision = "FP8",
            DeploymentShape = "s", MinReplicaCount = 0, MaxReplicaCount = 1, AutoscalingPolicy = new() { ScaleUpWindow = "1s" },
            Placement = new() { Region = "r" }, DirectRouteType = "INTERNET", DirectRouteApiKeys = ["k"], EnableAddons = true,
            MaxContextLength = 0, DraftModel = "dm", DraftTokenCount = 1, NgramSpeculationLength = 1, Annotations = new Dictionary<string, string>(),
        };

        var mask = UpdateMask.FromBody(JsonSerializer.SerializeToUtf8Bytes(spec, FireworksJsonContext.Default.DeploymentSpec));

        Assert.Equal(
            [
                "base_model", "display_name", "description", "accelerator_type", "accelerator_count", "precision",
                "deployment_shape", "min_replica_count", "max_replica_count", "autoscaling_policy", "placement",
                "direct_route_type", "direct_route_api_keys", "enable_addons", "max_context_length", "draft_model",
                "draft_token_count", "ngram_speculation_length", "annotations",
            ],
            mask);
    }

    [Fact]
    public void FromBody_NestedFields_AreNotPaths()
    {
        var body = """{"autoscalingPolicy":{"scaleUpWindow":"1s","loadTargets":{"default":0.5}}}"""u8;

        Assert.Equal(["autoscaling_policy"], UpdateMask.FromBody(body));
    }
}
