using System.Text.Json;
using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Models;

public class FireworksJsonContextTests
{
    private static readonly string[] OutputOnly =
    [
        "name", "createTime", "updateTime", "deleteTime", "purgeTime", "state", "status", "replicaCount",
        "desiredReplicaCount", "replicaStats", "region", "directRouteHandle", "cluster",

        // Writable in spec 4.259.0 but driven by model-version rollouts: never sent.
        "activeModelVersion", "targetModelVersion",
    ];

    private const string FullDeployment = """
        {
          "name": "accounts/a/deployments/d", "displayName": "chat", "description": "desc",
          "baseModel": "accounts/fireworks/models/m", "acceleratorType": "NVIDIA_B300_288GB", "acceleratorCount": 2,
          "precision": "FP4_MX_MOE", "deploymentShape": "accounts/fireworks/deploymentShapes/s/versions/1",
          "minReplicaCount": 0, "maxReplicaCount": 3,
          "autoscalingPolicy": {"scaleUpWindow": "30s", "scaleDownWindow": "600s", "scaleToZeroWindow": "3600s",
                                "loadTargets": {"default": 0.8, "concurrent_requests": 12}, "scalingSchedules": {}},
          "placement": {"region": "US_NEWYORK_1"}, "directRouteType": "INTERNET", "directRouteApiKeys": ["k1"],
          "enableAddons": true, "maxContextLength": 8192, "draftModel": "accounts/fireworks/models/draft",
          "draftTokenCount": 4, "ngramSpeculationLength": 3, "annotations": {"team": "ml"},
          "state": "READY", "status": {"code": "OK", "message": ""}, "replicaCount": 1, "desiredReplicaCount": "1",
          "replicaStats": {"pendingSchedulingReplicaCount": 0, "downloadingModelReplicaCount": 0,
                           "initializingReplicaCount": 0, "readyReplicaCount": 1, "revocableReplicaCount": 0, "partialReplicaCount": 0},
          "region": "US_NEWYORK_1", "directRouteHandle": "a-d.us-newyork-1.direct.fireworks.ai", "cluster": "c",
          "numPeftDeviceCached": 0, "createTime": "2026-01-01T00:00:00Z", "updateTime": "2026-01-01T00:01:00Z",
          "deleteTime": "2026-02-01T00:00:00Z", "purgeTime": "2026-03-01T00:00:00Z", "unknownTopLevel": [1, {"x": null}]
        }
        """;

    [Fact]
    public void DeploymentSpec_EveryWritableField_IsAlsoReadIntoDeploymentWithTheSameType()
    {
        // The two models are separate records on purpose (a spec can never carry output-only fields); this keeps
        // them from drifting apart.
        var read = FireworksJsonContext.Default.Deployment.Properties.ToDictionary(p => p.Name, p => p.PropertyType);

        Assert.All(FireworksJsonContext.Default.DeploymentSpec.Properties, written =>
        {
            Assert.True(read.TryGetValue(written.Name, out var type), $"Deployment does not read '{written.Name}'");
            Assert.Equal(written.PropertyType, type);
        });
        Assert.DoesNotContain(FireworksJsonContext.Default.DeploymentSpec.Properties, p => OutputOnly.Contains(p.Name));
    }

    [Fact]
    public void Deployment_EveryFieldIsRead_AndUnknownFieldsAndOpenEnumValuesAreTolerated()
    {
        var d = JsonSerializer.Deserialize(FullDeployment, FireworksJsonContext.Default.Deployment)!;

        Assert.Equal("NVIDIA_B300_288GB", d.AcceleratorType);
        Assert.Equal("FP4_MX_MOE", d.Precision);
        Assert.Equal("US_NEWYORK_1", d.Placement!.Region);
        Assert.Equal(12, d.AutoscalingPolicy!.LoadTargets!["concurrent_requests"]);
        Assert.Equal("ml", d.Annotations!["team"]);
        Assert.Equal(1, d.DesiredReplicaCount);
        Assert.Equal(1, d.ReplicaStats!.ReadyReplicaCount);
        Assert.Equal("OK", d.Status!.Code);
        Assert.Equal("2026-03-01T00:00:00Z", d.PurgeTime);
        Assert.Equal(["k1"], d.DirectRouteApiKeys!);
    }

    [Fact]
    public void DeploymentSpec_HasNoOutputOnlyOrQueryField()
    {
        var written = JsonSerializer.Serialize(FullSpec(), FireworksJsonContext.Default.DeploymentSpec);
        using var document = JsonDocument.Parse(written);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Empty(names.Intersect(OutputOnly));
        Assert.DoesNotContain("deploymentId", names);
        Assert.Equal(FireworksJsonContext.Default.DeploymentSpec.Properties.Count, names.Count);
    }

    [Fact]
    public void DeploymentSpec_RoundTripsEveryField()
    {
        var spec = FullSpec();

        var written = JsonSerializer.Serialize(spec, FireworksJsonContext.Default.DeploymentSpec);
        var read = JsonSerializer.Deserialize(written, FireworksJsonContext.Default.DeploymentSpec)!;

        Assert.Equal(written, JsonSerializer.Serialize(read, FireworksJsonContext.Default.DeploymentSpec));
        Assert.Contains("\"scaleToZeroWindow\":\"300s\"", written, StringComparison.Ordinal);
        Assert.Contains("\"placement\":{\"multiRegion\":\"US\"}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void DeploymentSpec_UnsetFields_AreNotWritten()
    {
        Assert.Equal("{}", JsonSerializer.Serialize(new DeploymentSpec(), FireworksJsonContext.Default.DeploymentSpec));
    }

    [Fact]
    public void DeploymentListAndAccount_AreRead()
    {
        var list = JsonSerializer.Deserialize("""{"deployments":[{"name":"n"}],"nextPageToken":"t","totalSize":"7"}""", FireworksJsonContext.Default.DeploymentList)!;
        var account = JsonSerializer.Deserialize("""{"name":"accounts/a","displayName":"A","state":"READY","createTime":"2026-01-01T00:00:00Z","extra":1}""", FireworksJsonContext.Default.Account)!;

        Assert.Equal("n", list.Deployments![0].Name);
        Assert.Equal(7, list.TotalSize);
        Assert.Equal("A", account.DisplayName);
        Assert.Equal("accounts/a", JsonSerializer.Deserialize(JsonSerializer.Serialize(account, FireworksJsonContext.Default.Account), FireworksJsonContext.Default.Account)!.Name);
    }

    private static DeploymentSpec FullSpec() => new()
    {
        BaseModel = "accounts/fireworks/models/m",
        DisplayName = "chat",
        Description = "d",
        AcceleratorType = "NVIDIA_H100_80GB",
        AcceleratorCount = 1,
        Precision = "FP8",
        DeploymentShape = "accounts/fireworks/deploymentShapes/s",
        MinReplicaCount = 0,
        MaxReplicaCount = 2,
        AutoscalingPolicy = new AutoscalingPolicy
        {
            ScaleUpWindow = "30s",
            ScaleDownWindow = "600s",
            ScaleToZeroWindow = "300s",
            LoadTargets = new Dictionary<string, double> { ["default"] = 0.8 },
        },
        Placement = new Placement { MultiRegion = "US" },
        DirectRouteType = "INTERNET",
        DirectRouteApiKeys = ["k1"],
        EnableAddons = false,
        MaxContextLength = 0,
        DraftModel = "accounts/fireworks/models/draft",
        DraftTokenCount = 4,
        NgramSpeculationLength = 2,
        Annotations = new Dictionary<string, string> { ["team"] = "ml" },
        ExpireTime = "2027-01-01T00:00:00Z",
        EnableSessionAffinity = true,
        MaxWithRevocableReplicaCount = 4,
        NumPeftDeviceCached = 8,
        AutoTune = new AutoTune { LongPrompt = true },
        DeploymentTemplate = "accounts/a/deploymentTemplates/t",
        DisableDeploymentSizeValidation = false,
        PricingPlanId = "plan-1",
        EnableHotLoad = false,
        HotLoadBucketType = "S3",
        HotLoadBucketUrl = "s3://bucket/path",
        HotLoadTrainerJob = "accounts/a/rlorTrainerJobs/j",
        EnableHotReloadLatestAddon = false,
    };
}
