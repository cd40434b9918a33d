using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

public sealed class DeploymentDeleteTests
{
    private const string Name = "accounts/acme/deployments/chat-1";

    private readonly DeploymentLifecycleHarness _harness = new(options => options with { RetryInterval = TimeSpan.FromSeconds(5) });

    private FakeDeploymentsApi Api => _harness.Api;

    [Fact]
    public async Task Delete_ByDefault_DeletesHardWithChecks()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();

        await _harness.DeleteAsync(outputs, inputs);

        var (name, options) = Assert.Single(Api.Deletes);
        Assert.Equal(Name, name);
        Assert.True(options!.Hard);
        Assert.False(options.IgnoreChecks);
        Assert.Empty(Api.Stored);
    }

    [Fact]
    public async Task Delete_KnobsFromTheOldInputs_AreSent()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("hardDelete", false), ("ignoreChecksOnDelete", true));

        await _harness.DeleteAsync(outputs, inputs);

        var options = Assert.Single(Api.Deletes).Options!;
        Assert.False(options.Hard);
        Assert.True(options.IgnoreChecks);
    }

    [Fact]
    public async Task Delete_WithoutOldInputs_ReadsTheKnobsFromTheOutputs()
    {
        var (outputs, _) = await _harness.CreatedAsync(("hardDelete", false));

        await _harness.DeleteAsync(outputs, Provider.PropertyValues.PropertyValue.EmptyMap);

        Assert.False(Assert.Single(Api.Deletes).Options!.Hard);
    }

    [Fact]
    public async Task Delete_AlreadyGone_Succeeds()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored.Clear();

        await _harness.DeleteAsync(outputs, inputs);

        Assert.Single(Api.Deletes);
    }

    [Fact]
    public async Task Delete_WaitsUntilTheDeploymentIsGone()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("hardDelete", false));
        Api.DeletesImmediately = false;
        Api.StatesOnRead.Enqueue(DeploymentStates.Deleting);
        Api.StatesOnRead.Enqueue(DeploymentStates.Deleting);
        Api.StatesOnRead.Enqueue(DeploymentStates.Deleted);

        await _harness.DeleteAsync(outputs, inputs);

        Assert.Empty(Api.StatesOnRead);
    }

    [Fact]
    public async Task Delete_RefusedWhileUpdating_RetriesUntilAccepted()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[Name] = Api.Stored[Name] with { State = DeploymentStates.Updating };
        Api.DeleteFailures.Enqueue(FakeDeploymentsApi.Error("delete deployment " + Name, 409, "ABORTED", "retry later"));
        Api.DeleteFailures.Enqueue(FakeDeploymentsApi.Error("delete deployment " + Name, 409, "ABORTED", "retry later"));

        await _harness.DeleteAsync(outputs, inputs);

        Assert.Equal(3, Api.Deletes.Count);
        Assert.Empty(Api.Stored);
        Assert.Contains(_harness.Log.Messages, m => m.Message.Contains("finish UPDATING", StringComparison.Ordinal) && m.Ephemeral);
    }

    [Fact]
    public async Task Delete_RefusedUntilTheTimeout_FailsAndKeepsTheResource()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[Name] = Api.Stored[Name] with { State = DeploymentStates.Creating };
        for (var i = 0; i < 100; i++)
        {
            Api.DeleteFailures.Enqueue(FakeDeploymentsApi.Error("delete deployment " + Name, 409, "ABORTED", "retry later"));
        }

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.DeleteAsync(outputs, inputs, TimeSpan.FromSeconds(30)));

        Assert.Equal(ProviderErrorCode.DeadlineExceeded, error.Code);
        Assert.Contains("CREATING", error.Message, StringComparison.Ordinal);
        Assert.True(Api.Stored.ContainsKey(Name));
    }

    [Fact]
    public async Task Delete_AlreadyBeingDeleted_WaitsForItToGo()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[Name] = Api.Stored[Name] with { State = DeploymentStates.Deleting };
        Api.DeleteFailures.Enqueue(FakeDeploymentsApi.Error("delete deployment " + Name, 409, "ABORTED", "already being deleted"));
        Api.StatesOnRead.Enqueue(DeploymentStates.Deleting);
        Api.StatesOnRead.Enqueue(DeploymentStates.Deleting);
        Api.StatesOnRead.Enqueue(DeploymentStates.Deleted);

        await _harness.DeleteAsync(outputs, inputs);

        Assert.Single(Api.Deletes);
        Assert.Empty(Api.StatesOnRead);
    }

    [Fact]
    public async Task Delete_NotGoneBeforeTheTimeout_FailsAndKeepsTheResource()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.DeletesImmediately = false;

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.DeleteAsync(outputs, inputs, TimeSpan.FromSeconds(20)));

        Assert.Equal(ProviderErrorCode.DeadlineExceeded, error.Code);
        Assert.Contains("DELETING", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ServiceFailure_IsAnErrorSoTheResourceStaysInTheStack()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.DeleteFailures.Enqueue(FakeDeploymentsApi.Error("delete deployment " + Name, 503, "UNAVAILABLE"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.DeleteAsync(outputs, inputs));

        Assert.Equal(ProviderErrorCode.Unavailable, error.Code);
        Assert.Contains("stays in the stack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RefusedByTheDeleteChecks_FailsNamingTheReasonAndIgnoreChecksOnDeleteAndDeletesNothing()
    {
        var (outputs, inputs) = await _harness.CreatedAsync();
        Api.DeleteFailures.Enqueue(new FireworksException("delete deployment accounts/acme/deployments/chat-1", 400,
            "FAILED_PRECONDITION", 9, "deployment is in use: it served traffic in the last hour; set ignore_checks to delete it anyway",
            "req-42"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.DeleteAsync(outputs, inputs));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("is in use", error.Message, StringComparison.Ordinal);
        Assert.Contains("ignoreChecksOnDelete: true", error.Message, StringComparison.Ordinal);
        Assert.Contains("req-42", error.Message, StringComparison.Ordinal);
        Assert.True(Api.Stored.ContainsKey(DeploymentLifecycleHarness.Id));
        Assert.False(Assert.Single(Api.Deletes).Options!.IgnoreChecks);
    }

    [Fact]
    public async Task Delete_WithIgnoreChecksOnDelete_AsksFireworksToSkipTheChecks()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("ignoreChecksOnDelete", true));

        await _harness.DeleteAsync(outputs, inputs);

        Assert.True(Assert.Single(Api.Deletes).Options!.IgnoreChecks);
        Assert.False(Api.Stored.ContainsKey(DeploymentLifecycleHarness.Id));
    }
}
