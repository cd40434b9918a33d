using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

public sealed class DeploymentUpdateTests
{
    private const string Name = "accounts/acme/deployments/chat-1";

    private static readonly (string, object?)[] DirectRoute =
        [("region", "US_IOWA_1"), ("directRouteType", "INTERNET"), ("directRouteApiKeys", new[] { SecretKey })];

    private readonly DeploymentLifecycleHarness _harness = new();

    private FakeDeploymentsApi Api => _harness.Api;

    [Fact]
    public async Task Update_KeyRotation_PatchesOnlyTheKeys()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(DirectRoute);
        var news = _harness.Checked([.. DirectRoute, ("directRouteApiKeys", new[] { OtherSecretKey })]);

        var response = await _harness.UpdateAsync(outputs, inputs, news);

        var (name, spec) = Assert.Single(Api.Updates);
        Assert.Equal(Name, name);
        Assert.Equal($$"""{"directRouteApiKeys":["{{OtherSecretKey}}"]}""", DeploymentLifecycleHarness.Json(spec));
        Assert.True(response.Properties["directRouteApiKeys"].IsSecret);
        Assert.Equal(PropertyValue.CreateList([PropertyValue.Create(OtherSecretKey)]), response.Properties["directRouteApiKeys"].Unwrap(out _));
    }

    [Fact]
    public async Task Update_SeveralChanges_SendsEachChangedFieldAndNothingElse()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"), ("minReplicaCount", 0), ("maxReplicaCount", 1));
        var news = _harness.Checked(("displayName", "Chat v2"), ("minReplicaCount", 0), ("maxReplicaCount", 3),
            ("autoscalingPolicy", Obj(("scaleDownWindow", "15m"))));

        await _harness.UpdateAsync(outputs, inputs, news);

        Assert.Equal("""{"displayName":"Chat v2","maxReplicaCount":3,"autoscalingPolicy":{"scaleDownWindow":"900s"}}""",
            DeploymentLifecycleHarness.Json(Assert.Single(Api.Updates).Spec));
    }

    [Fact]
    public async Task Update_RemovedValues_AreSentEmptySoTheServiceResetsThem()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"), ("minReplicaCount", 2), ("maxReplicaCount", 4));
        var news = _harness.Checked(("minReplicaCount", 2));

        await _harness.UpdateAsync(outputs, inputs, news);

        // An unset maximum is max(min, 1) on the service: 0 would scale the deployment away.
        Assert.Equal("""{"displayName":"","maxReplicaCount":2}""", DeploymentLifecycleHarness.Json(Assert.Single(Api.Updates).Spec));
    }

    [Fact]
    public async Task Update_OnlyProviderKnobsChanged_CallsNoApi()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        var news = _harness.Checked(("displayName", "Chat"), ("hardDelete", false), ("waitForReady", false));

        var response = await _harness.UpdateAsync(outputs, inputs, news);

        Assert.Empty(Api.Updates);
        Assert.Empty(Api.Gets);
        Assert.Equal(PropertyValue.Create(false), response.Properties["hardDelete"]);
        Assert.Equal(PropertyValue.Create(false), response.Properties["waitForReady"]);
        Assert.Equal(outputs["state"], response.Properties["state"]);
    }

    [Fact]
    public async Task Update_OnlyProviderKnobsChangedAfterAPartialCreate_WaitsForReadyInsteadOfClearingTheError()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"), ("waitForReady", false));
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);
        var news = _harness.Checked(("displayName", "Chat"), ("hardDelete", false));

        var response = await _harness.UpdateAsync(outputs, inputs, news);

        Assert.Empty(Api.Updates);
        Assert.NotEmpty(Api.Gets);
        Assert.Equal(PropertyValue.Create("READY"), response.Properties["state"]);
        Assert.Equal(PropertyValue.Create(false), response.Properties["hardDelete"]);
    }

    [Fact]
    public async Task Update_RollingChange_WaitsThroughUpdatingToReady()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("acceleratorType", "NVIDIA_H100_80GB"), ("acceleratorCount", 1));
        Api.StateAfterUpdate = DeploymentStates.Updating;
        var news = _harness.Checked(("acceleratorType", "NVIDIA_H100_80GB"), ("acceleratorCount", 2));
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);
        Api.StatesOnRead.Enqueue(DeploymentStates.Updating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Updating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);

        var response = await _harness.UpdateAsync(outputs, inputs, news);

        Assert.Empty(Api.StatesOnRead);
        Assert.Equal(PropertyValue.Create("READY"), response.Properties["state"]);
        Assert.Equal(PropertyValue.Create(2), response.Properties["acceleratorCount"]);
    }

    [Fact]
    public async Task Update_ServiceStillReportsTheOldReady_IsNotTrustedUntilTheChangeShows()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("precision", "FP8"));
        Api.UpdateBumpsUpdateTime = false;
        var news = _harness.Checked(("precision", "FP16"));

        // Before the PATCH, then a stale READY, then the rollout the provider must not miss.
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);
        Api.StatesOnRead.Enqueue(DeploymentStates.Updating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Updating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);

        await _harness.UpdateAsync(outputs, inputs, news);

        Assert.Empty(Api.StatesOnRead);
    }

    [Fact]
    public async Task Update_ChangeAppliedAtOnce_AcceptsReadyWithANewerUpdateTime()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        var news = _harness.Checked(("displayName", "Chat v2"));

        var response = await _harness.UpdateAsync(outputs, inputs, news);

        // One read before the PATCH, one to confirm READY: no grace period spent polling.
        Assert.Equal(2, Api.Gets.Count);
        Assert.Equal(PropertyValue.Create("Chat v2"), response.Properties["displayName"]);
    }

    [Fact]
    public async Task Update_DeploymentStillCreating_WaitsForReadyBeforePatching()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        Api.Stored[Name] = Api.Stored[Name] with { State = DeploymentStates.Creating };
        Api.StatesOnRead.Enqueue(DeploymentStates.Creating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Creating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);

        await _harness.UpdateAsync(outputs, inputs, _harness.Checked(("displayName", "Chat v2")));

        Assert.Single(Api.Updates);
        Assert.Empty(Api.StatesOnRead);
    }

    [Fact]
    public async Task Update_FailsAfterThePatch_ReportsPartialStateWithTheId()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("acceleratorCount", 1), ("acceleratorType", "NVIDIA_H100_80GB"));
        Api.StateAfterUpdate = DeploymentStates.Updating;
        var news = _harness.Checked(("acceleratorCount", 8), ("acceleratorType", "NVIDIA_H100_80GB"));
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);
        Api.StatesOnRead.Enqueue(DeploymentStates.Failed);

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.UpdateAsync(outputs, inputs, news));

        Assert.Equal(Name, error.Id);
        Assert.Equal(news, error.Inputs);
        Assert.Equal(PropertyValue.Create("FAILED"), error.Properties["state"]);
        Assert.Contains("RESOURCE_EXHAUSTED", Assert.Single(error.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_NotReadyBeforeTheTimeout_ReportsPartialStateWithTheId()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("precision", "FP8"));
        Api.StateAfterUpdate = DeploymentStates.Updating;
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);
        Api.StatesOnRead.Enqueue(DeploymentStates.Updating);

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(
            () => _harness.UpdateAsync(outputs, inputs, _harness.Checked(("precision", "FP16")), TimeSpan.FromSeconds(40)));

        Assert.Equal(Name, error.Id);
        Assert.Contains("not READY", Assert.Single(error.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_NothingChanged_WaitsForReadyAgain()
    {
        // The engine calls Update without changes for a resource whose create did not finish.
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        Api.Stored[Name] = Api.Stored[Name] with { State = DeploymentStates.Creating };
        Api.StatesOnRead.Enqueue(DeploymentStates.Creating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);

        var response = await _harness.UpdateAsync(outputs, inputs, inputs);

        Assert.Empty(Api.Updates);
        Assert.Equal(PropertyValue.Create("READY"), response.Properties["state"]);
    }

    [Fact]
    public async Task Update_DeploymentGone_TellsTheUserToRefresh()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        Api.Stored.Clear();

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.UpdateAsync(outputs, inputs, _harness.Checked(("displayName", "Chat v2"))));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.Contains("pulumi refresh", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Updates);
    }

    [Fact]
    public async Task Update_ConflictAnsweringTheRetriedPatch_IsAnUnknownOutcomeNotARefusal()
    {
        // The first PATCH went through and started a rollout; its answer was lost and the retry met a 409.
        var (outputs, inputs) = await _harness.CreatedAsync(("acceleratorCount", 1));
        Api.UpdateFailures.Enqueue(FakeDeploymentsApi.Error("update deployment " + Name, 409, "ABORTED", "deployment is updating"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() =>
            _harness.UpdateAsync(outputs, inputs, _harness.Checked(("acceleratorCount", 2))));

        Assert.Equal(ProviderErrorCode.Unknown, error.Code);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
        Assert.Contains("pulumi refresh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_CancelledDuringThePatch_IsAnUnknownOutcomeNotACleanCancel()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("acceleratorCount", 1));
        Api.UpdateFailures.Enqueue(new OperationCanceledException("cancelled while the PATCH was in flight"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() =>
            _harness.UpdateAsync(outputs, inputs, _harness.Checked(("acceleratorCount", 2))));

        Assert.Equal(ProviderErrorCode.Unknown, error.Code);
    }

    [Fact]
    public async Task Update_WaitFailsAfterThePatch_AsksTheEngineToRefreshBeforeTheNextUpdate()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("acceleratorCount", 1));
        Api.StateAfterUpdate = DeploymentStates.Failed;

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() =>
            _harness.UpdateAsync(outputs, inputs, _harness.Checked(("acceleratorCount", 2))));

        Assert.Equal(Name, error.Id);
        Assert.True(error.RefreshBeforeUpdate);
    }

    [Fact]
    public async Task Update_RejectedByTheService_IsAPlainErrorWithoutKeys()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(DirectRoute);
        Api.UpdateFailures.Enqueue(FakeDeploymentsApi.Error("update deployment " + Name, 400, "INVALID_ARGUMENT",
            $"key {OtherSecretKey} is not allowed"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.UpdateAsync(outputs, inputs,
            _harness.Checked([.. DirectRoute, ("directRouteApiKeys", new[] { OtherSecretKey })])));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("HTTP 400", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherSecretKey, error.Message, StringComparison.Ordinal);
    }
}
