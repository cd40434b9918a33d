using System.Text;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Deployments;

/// <summary>
/// Reads never fail on what the provider does not use: a maximal Deployment of spec 4.259.0 (every field filled, a
/// fractional partial replica count, int64-style strings, a field and an enum value no client knows), the list
/// response around it, error bodies, and answers whose fields changed type.
/// </summary>
public sealed class DeploymentWireContractTests
{
    /// <summary>Every field of the 4.259.0 gatewayDeployment, plus fields and enum values no client knows.</summary>
    public const string MaximalDeployment = """
        {
          "name": "accounts/acme/deployments/chat-1", "displayName": "Chat", "description": "d",
          "createTime": "2026-11-01T10:00:00.123456Z", "expireTime": "2027-01-01T00:00:00Z",
          "purgeTime": "2027-02-01T00:00:00Z", "deleteTime": "2027-01-02T00:00:00Z",
          "state": "WARMING_UP_SOMEDAY", "status": {"code": "OK", "message": "", "details": [{"@type": "x"}]},
          "minReplicaCount": 0, "maxReplicaCount": "4", "maxWithRevocableReplicaCount": 6,
          "desiredReplicaCount": 2, "replicaCount": 1,
          "autoscalingPolicy": {"scaleUpWindow": "30s", "scaleDownWindow": "600s", "scaleToZeroWindow": "3600s",
            "loadTargets": {"default": 0.8},
            "scalingSchedules": {"weekdays": {"minReplicaCount": 2, "schedule": "0 9 * * 1-5", "duration": "36000s",
              "timezone": "America/New_York", "description": "office", "disabled": false, "futureKnob": true}}},
          "baseModel": "accounts/fireworks/models/llama-v3p1-8b-instruct", "acceleratorCount": 2,
          "acceleratorType": "NVIDIA_Z999_1TB", "precision": "FP3_SOMETHING_NEW", "cluster": "accounts/acme/clusters/c",
          "enableAddons": true, "draftTokenCount": 4, "draftModel": "accounts/fireworks/models/draft",
          "ngramSpeculationLength": 3, "enableSessionAffinity": true, "directRouteApiKeys": ["k1"],
          "numPeftDeviceCached": 8, "directRouteType": "INTERNET",
          "directRouteHandle": "acme-chat-1.us-arizona-1.direct.fireworks.ai",
          "deploymentTemplate": "accounts/acme/deploymentTemplates/t", "autoTune": {"longPrompt": true},
          "placement": {"region": "US_MARS_1"}, "region": "US_MARS_1", "maxContextLength": 131072,
          "updateTime": "2026-11-01T10:05:00Z", "disableDeploymentSizeValidation": false, "enableHotLoad": false,
          "hotLoadBucketType": "GLACIER_NEW", "hotLoadBucketUrl": "s3://b/p",
          "deploymentShape": "accounts/fireworks/deploymentShapes/s/versions/abcd1234",
          "activeModelVersion": "v7", "targetModelVersion": "v8",
          "replicaStats": {"pendingSchedulingReplicaCount": 0, "downloadingModelReplicaCount": 0,
            "initializingReplicaCount": 1, "readyReplicaCount": 1, "revocableReplicaCount": 0,
            "partialReplicaCount": 0.5, "futureCount": "12345678901234"},
          "hotLoadTrainerJob": "accounts/acme/rlorTrainerJobs/j", "enableHotReloadLatestAddon": false,
          "pricingPlanId": "plan-1", "annotations": {"team": "ml", "fireworks.pulumi.com/urn": "urn:pulumi:dev::p::t::n"},
          "enableMtp": true, "createdBy": "someone@example.com",
          "someFutureObject": {"nested": [1, 2, {"deep": null}]}, "someFutureInt64": "9223372036854775807"
        }
        """;

    [Fact]
    public void Deployment_MaximalSpecAnswer_IsReadWholeAndTolerant()
    {
        var d = Read(MaximalDeployment, FireworksJsonContext.Default.Deployment, out var dropped);

        Assert.Empty(dropped);
        Assert.Equal(0.5, d.ReplicaStats!.PartialReplicaCount);
        Assert.Equal(1, d.ReplicaStats.ReadyReplicaCount);
        Assert.Equal("WARMING_UP_SOMEDAY", d.State);
        Assert.Equal("NVIDIA_Z999_1TB", d.AcceleratorType);
        Assert.Equal("US_MARS_1", d.Region);
        Assert.Equal(4, d.MaxReplicaCount);
        Assert.Equal(6, d.MaxWithRevocableReplicaCount);
        Assert.Equal("36000s", d.AutoscalingPolicy!.ScalingSchedules!["weekdays"].Duration);
        Assert.Equal("v8", d.TargetModelVersion);
        Assert.Equal(8, d.NumPeftDeviceCached);
        Assert.True(d.AutoTune!.LongPrompt);
        Assert.Equal("2027-02-01T00:00:00Z", d.PurgeTime);
        Assert.Equal("plan-1", d.PricingPlanId);
    }

    [Fact]
    public void DeploymentList_OfMaximalAnswers_IsRead()
    {
        var list = "{\"deployments\": [" + MaximalDeployment + ", " + MaximalDeployment +
                   "], \"nextPageToken\": \"p2\", \"totalSize\": \"57\", \"unknownPaging\": {}}";

        var page = Read(list, FireworksJsonContext.Default.DeploymentList, out _);

        Assert.Equal(2, page.Deployments!.Count);
        Assert.Equal("p2", page.NextPageToken);
        Assert.Equal(57, page.TotalSize);
    }

    [Fact]
    public void Deployment_FieldsWhoseTypeChanged_AreDroppedAndNamedNotFatal()
    {
        var changed = MaximalDeployment
            .Replace("\"replicaCount\": 1,", "\"replicaCount\": 1.5,", StringComparison.Ordinal)
            .Replace("\"readyReplicaCount\": 1,", "\"readyReplicaCount\": {\"now\": 1},", StringComparison.Ordinal)
            .Replace("\"cluster\": \"accounts/acme/clusters/c\"", "\"cluster\": {\"name\": \"c\"}", StringComparison.Ordinal);

        var d = Read(changed, FireworksJsonContext.Default.Deployment, out var dropped);

        Assert.Equal(["$.cluster", "$.replicaCount", "$.replicaStats.readyReplicaCount"], dropped.Order(StringComparer.Ordinal));
        Assert.Null(d.ReplicaCount);
        Assert.Null(d.Cluster);
        Assert.Equal(0.5, d.ReplicaStats!.PartialReplicaCount);
        Assert.Equal("accounts/acme/deployments/chat-1", d.Name);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"name\": \"accounts/acme/deployments/chat-1\", \"state\": \"REA")]
    public void Deployment_AnswerThatIsNotJson_StillFails(string text)
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            TolerantJson.Deserialize(Encoding.UTF8.GetBytes(text), FireworksJsonContext.Default.Deployment, out _));
    }

    [Theory]
    [InlineData("""{"code": 3, "message": "bad", "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": []}], "futureField": 1}""", "INVALID_ARGUMENT", "bad")]
    [InlineData("""{"code": "9", "message": "in use"}""", "FAILED_PRECONDITION", "in use")]
    [InlineData("""{"error": {"message": "nope", "code": "NOT_FOUND", "type": "x", "param": null}, "request_id": "r1"}""", "NOT_FOUND", "nope")]
    [InlineData("""{"code": 42, "message": "a code no client knows"}""", null, "a code no client knows")]
    public void ErrorBody_ShapesTheServiceSends_AreRead(string body, string? code, string message)
    {
        var parsed = ErrorBody.Parse(body);

        Assert.Equal(code, parsed.ErrorCode);
        Assert.Equal(message, parsed.Message);
    }

    private static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, out IReadOnlyList<string> dropped) =>
        TolerantJson.Deserialize(Encoding.UTF8.GetBytes(json), type, out dropped)!;
}
