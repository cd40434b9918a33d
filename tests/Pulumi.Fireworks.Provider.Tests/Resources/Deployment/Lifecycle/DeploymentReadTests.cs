using Moq;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

public sealed class DeploymentReadTests
{
    private const string Name = "accounts/acme/deployments/chat-1";

    private readonly DeploymentLifecycleHarness _harness = new();

    private FakeDeploymentsApi Api => _harness.Api;

    [Fact]
    public async Task Read_DeploymentNotFound_ReportsItGone()
    {
        var response = await _harness.ReadAsync(Name, Map(("name", Name)), _harness.Checked());

        Assert.Equal(string.Empty, response.Id);
    }

    [Fact]
    public async Task Read_DeploymentDeleted_ReportsItGone()
    {
        Api.Add("chat-1", DeploymentStates.Deleted);

        var response = await _harness.ReadAsync(Name, Map(("name", Name)), _harness.Checked());

        Assert.Equal(string.Empty, response.Id);
    }

    [Theory]
    [InlineData("chat-1")]
    [InlineData(Name)]
    public async Task Read_Import_ReturnsTheFullNameAndTheWritableFieldsTheServiceReports(string importId)
    {
        Api.Add("chat-1", with: d => d with
        {
            DisplayName = "Chat",
            AcceleratorType = "NVIDIA_H100_80GB",
            MinReplicaCount = 0,
            MaxReplicaCount = 2,
            Placement = new Placement { Region = "US_IOWA_1" },
            Region = "US_IOWA_1",
            AutoscalingPolicy = new AutoscalingPolicy { ScaleUpWindow = "30s", ScaleToZeroWindow = "3600s" },
            ReplicaCount = 1,
            DesiredReplicaCount = 1,
        });

        var response = await _harness.ReadAsync(importId);

        Assert.Equal(Name, response.Id);
        Assert.Equal(PropertyValue.Create(Model), response.Inputs["baseModel"]);
        Assert.Equal(PropertyValue.Create("chat-1"), response.Inputs["deploymentId"]);
        Assert.Equal(PropertyValue.Create("Chat"), response.Inputs["displayName"]);
        Assert.Equal(PropertyValue.Create("US_IOWA_1"), response.Inputs["region"]);
        Assert.Equal(PropertyValue.Create(2), response.Inputs["maxReplicaCount"]);
        Assert.Equal(PropertyValue.Create("3600s"), response.Inputs["autoscalingPolicy"].TryGetMap(out var policy)
            ? policy["scaleToZeroWindow"] : PropertyValue.Null);
        foreach (var outputOnly in new[] { "name", "state", "status", "replicaCount", "desiredReplicaCount", "createTime", "updateTime" })
        {
            Assert.False(response.Inputs.ContainsKey(outputOnly), outputOnly);
            Assert.True(response.Properties.ContainsKey(outputOnly), outputOnly);
        }

        Assert.False(response.Inputs.ContainsKey("waitForReady"));
    }

    [Fact]
    public async Task Read_ImportedInputs_PassCheck()
    {
        Api.Add("chat-1", with: d => d with
        {
            DeploymentShape = "accounts/fireworks/deploymentShapes/small/versions/3",
            AcceleratorType = "NVIDIA_H100_80GB",
            Placement = new Placement { MultiRegion = "GLOBAL" },
            Region = "US_ARIZONA_1",
        });

        var response = await _harness.ReadAsync("chat-1");
        var check = await _harness.Resource.CheckAsync(DeploymentRequests.Check(response.Inputs, response.Inputs), CancellationToken.None);

        Assert.False(response.Inputs.ContainsKey("acceleratorType"));
        Assert.Empty(check.Failures);
        Assert.Equal(PropertyValue.Create("chat-1"), check.Inputs["deploymentId"]);
    }

    [Fact]
    public async Task Read_Refresh_LimitsInputsToWhatTheUserDeclared()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("autoscalingPolicy", Obj(("scaleToZeroWindow", "5m"))));
        var name = Api.Stored[Name];
        Api.Stored[Name] = name with
        {
            MinReplicaCount = 0,
            MaxReplicaCount = 1,
            AcceleratorCount = 1,
            Placement = new Placement { MultiRegion = "GLOBAL" },
            AutoscalingPolicy = new AutoscalingPolicy { ScaleUpWindow = "30s", ScaleDownWindow = "600s", ScaleToZeroWindow = "300s" },
        };

        var response = await _harness.ReadAsync(Name, outputs, inputs);

        Assert.False(response.Inputs.ContainsKey("minReplicaCount"));
        Assert.False(response.Inputs.ContainsKey("multiRegion"));
        Assert.True(response.Inputs["autoscalingPolicy"].TryGetMap(out var policy));
        Assert.Equal(["scaleToZeroWindow"], policy.Keys);
        Assert.Equal(PropertyValue.Create(0), response.Properties["minReplicaCount"]);
        Assert.Equal(inputs["__defaults"], response.Inputs["__defaults"]);
    }

    [Fact]
    public async Task Read_RightAfterCreate_ShowsNoDiff()
    {
        Api.ReturnsKeys = false;
        var (outputs, inputs) = await _harness.CreatedAsync(
            ("displayName", "Chat"),
            ("deploymentShape", "accounts/fireworks/deploymentShapes/small"),
            ("region", "US_IOWA_1"),
            ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey, OtherSecretKey }),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "1m"), ("loadTargets", Obj(("default", 0.5))))),
            ("annotations", Obj(("team", "ml"))),
            ("hardDelete", false));
        Api.Stored[Name] = Api.Stored[Name] with
        {
            DeploymentShape = "accounts/fireworks/deploymentShapes/small/versions/7",
            AcceleratorType = "NVIDIA_H100_80GB",
            MinReplicaCount = 0,
            AutoscalingPolicy = new AutoscalingPolicy
            {
                ScaleUpWindow = "60s", ScaleDownWindow = "600s", ScaleToZeroWindow = "3600s",
                LoadTargets = new Dictionary<string, double> { ["default"] = 0.5 },
            },
        };

        var read = await _harness.ReadAsync(Name, outputs, inputs);
        var diff = await _harness.Resource.DiffAsync(new ResourceDiffRequest(read.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
            read.Properties, read.Inputs, inputs, []), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
        Assert.True(read.Inputs["directRouteApiKeys"].IsSecret);
        Assert.Equal(PropertyValue.Create(false), read.Properties["hardDelete"]);
    }

    [Fact]
    public async Task Read_DeclaredZeroValuesTheServiceOmits_ShowNoDiff()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("minReplicaCount", 0), ("maxReplicaCount", 1),
            ("enableAddons", false), ("maxContextLength", 0), ("draftTokenCount", 0));

        // proto3 JSON leaves zero values out: the service reports none of the declared zeros.
        Api.Stored[Name] = Api.Stored[Name] with
        {
            MinReplicaCount = null, EnableAddons = null, MaxContextLength = null, DraftTokenCount = null,
        };

        var read = await _harness.ReadAsync(Name, outputs, inputs);
        var refresh = await _harness.Resource.DiffAsync(new ResourceDiffRequest(read.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
            read.Properties, read.Inputs, inputs, []), CancellationToken.None);
        var up = await _harness.Resource.DiffAsync(new ResourceDiffRequest(read.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
            read.Properties, read.Inputs, _harness.Checked(("minReplicaCount", 0), ("maxReplicaCount", 1),
                ("enableAddons", false), ("maxContextLength", 0), ("draftTokenCount", 0)), []), CancellationToken.None);

        Assert.Equal(DiffChanges.None, refresh.Changes);
        Assert.Equal(DiffChanges.None, up.Changes);
    }

    [Fact]
    public async Task Read_DeclaredValueTheServiceNowOmits_ShowsAsDrift()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("minReplicaCount", 2), ("maxReplicaCount", 4));
        Api.Stored[Name] = Api.Stored[Name] with { MinReplicaCount = null };

        var read = await _harness.ReadAsync(Name, outputs, inputs);
        var diff = await _harness.Resource.DiffAsync(new ResourceDiffRequest(read.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
            read.Properties, read.Inputs, inputs, []), CancellationToken.None);

        Assert.Equal<string>(["minReplicaCount"], diff.Diffs);
    }

    [Fact]
    public async Task Read_ServiceChangedAValue_ShowsAsDrift()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        Api.Stored[Name] = Api.Stored[Name] with { DisplayName = "Renamed in the console" };

        var read = await _harness.ReadAsync(Name, outputs, inputs);
        var diff = await _harness.Resource.DiffAsync(new ResourceDiffRequest(read.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
            read.Properties, read.Inputs, inputs, []), CancellationToken.None);

        Assert.Equal<string>(["displayName"], diff.Diffs);
    }

    [Fact]
    public async Task Read_KeysNotReturned_AreCarriedFromTheOldInputsAsSecret()
    {
        Api.ReturnsKeys = false;
        var (outputs, inputs) = await _harness.CreatedAsync(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey }));

        var read = await _harness.ReadAsync(Name, outputs, inputs);

        foreach (var map in new[] { read.Inputs, read.Properties })
        {
            Assert.True(map["directRouteApiKeys"].IsSecret);
            Assert.Equal(PropertyValue.CreateList([PropertyValue.Create(SecretKey)]), map["directRouteApiKeys"].Unwrap(out _));
        }
    }

    [Fact]
    public async Task Read_KeysRotatedOutsidePulumi_ShowTheServiceKeys()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey }));
        Api.Stored[Name] = Api.Stored[Name] with { DirectRouteApiKeys = [OtherSecretKey] };

        var read = await _harness.ReadAsync(Name, outputs, inputs);

        Assert.Equal(PropertyValue.CreateList([PropertyValue.Create(OtherSecretKey)]), read.Inputs["directRouteApiKeys"].Unwrap(out _));
    }

    [Fact]
    public async Task Read_FailedStatusEchoesAKey_OutputStatusIsRedacted()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey }));
        Api.Stored[Name] = Api.Stored[Name] with
        {
            State = DeploymentStates.Failed,
            Status = new OperationStatus { Code = "INVALID_ARGUMENT", Message = $"key {SecretKey} rejected" },
        };

        var failed = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.ReadAsync(Name, outputs, inputs));

        Assert.DoesNotContain(SecretKey, failed.Properties["status"].ToString(), StringComparison.Ordinal);
        Assert.Contains("[redacted] rejected", failed.Properties["status"].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, Assert.Single(failed.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FailedStatusEchoesAKeyRotatedOutsidePulumi_ReasonIsRedacted()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey }));
        Api.Stored[Name] = Api.Stored[Name] with
        {
            DirectRouteApiKeys = [OtherSecretKey],
            State = DeploymentStates.Failed,
            Status = new OperationStatus { Code = "INVALID_ARGUMENT", Message = $"key {OtherSecretKey} rejected" },
        };

        var failed = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.ReadAsync(Name, outputs, inputs));

        Assert.DoesNotContain(OtherSecretKey, Assert.Single(failed.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RefreshFindsTheDeploymentFailed_KeepsItAsAFailedResourceWithTheStatus()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        Api.Stored[Name] = Api.Stored[Name] with
        {
            State = DeploymentStates.Failed,
            Status = new OperationStatus { Code = "RESOURCE_EXHAUSTED", Message = "no H100 capacity in US_IOWA_1" },
        };

        var failed = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.ReadAsync(Name, outputs, inputs));

        Assert.Equal(Name, failed.Id);
        Assert.Equal(PropertyValue.Create("FAILED"), failed.Properties["state"]);
        Assert.Contains("RESOURCE_EXHAUSTED: no H100 capacity", Assert.Single(failed.Reasons), StringComparison.Ordinal);
        Assert.Equal(PropertyValue.Create("Chat"), failed.Inputs["displayName"]);
    }

    [Fact]
    public async Task Read_ImportFromAnotherAccount_WarnsThatChangesActThere()
    {
        const string Foreign = "accounts/other-team/deployments/chat-9";
        Api.Stored[Foreign] = Api.Add("chat-9") with { Name = Foreign };

        var read = await _harness.ReadAsync(Foreign);

        Assert.Equal(Foreign, read.Id);
        var warning = Assert.Single(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
        Assert.Contains("account 'other-team'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("configured for account 'acme'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ImportInTheConfiguredAccount_DoesNotWarn()
    {
        Api.Add("chat-1");

        await _harness.ReadAsync("accounts/acme/deployments/chat-1");

        Assert.DoesNotContain(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Read_ImportOfAFailedDeployment_ImportsIt()
    {
        Api.Add("chat-1", DeploymentStates.Failed);

        var read = await _harness.ReadAsync("chat-1");

        Assert.Equal(Name, read.Id);
        Assert.Equal(PropertyValue.Create("FAILED"), read.Properties["state"]);
    }

    [Fact]
    public async Task Read_NotAnIdOrName_IsAnInvalidArgument()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.ReadAsync("accounts/acme/models/x"));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public async Task Read_ServiceUnavailable_IsACleanFailure()
    {
        var api = new Mock<Provider.Fireworks.Deployments.IDeploymentsApi>();
        api.Setup(a => a.GetDeploymentAsync(Name, It.IsAny<CancellationToken>()))
            .ThrowsAsync(FakeDeploymentsApi.Error("get deployment " + Name, 503, "UNAVAILABLE"));
        var resource = new DeploymentResource(new DeploymentResourceOptions("acme", _harness.Time, _harness.Log) { Deployments = api.Object });

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => resource.ReadAsync(
            new ResourceReadRequest(Name, Urn, "chat", DeploymentLifecycleHarness.Type, PropertyValue.EmptyMap, PropertyValue.EmptyMap),
            CancellationToken.None));

        Assert.Equal(ProviderErrorCode.Unavailable, error.Code);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
    }
}
