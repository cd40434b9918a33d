using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel.Lifecycle;

public sealed class DeployedModelDeleteTests
{
    private readonly DeployedModelHarness _harness = new();

    private FakeDeployedModelsApi Api => _harness.Api;

    [Fact]
    public async Task Delete_UnloadsAndWaitsUntilAReadAnswersNotFound()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.UnloadsImmediately = false;
        Api.ReadsWhileUnloading = 3;

        await _harness.DeleteAsync(id, outputs, inputs);

        Assert.Equal([id], Api.Deletes);
        Assert.Empty(Api.Stored);
        Assert.True(Api.Gets.Count >= 4, "polled through UNDEPLOYING until the 404");
    }

    [Fact]
    public async Task Delete_AlreadyGone_Succeeds()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored.Clear();

        await _harness.DeleteAsync(id, outputs, inputs);

        Assert.Single(Api.Deletes);
    }

    [Fact]
    public async Task Delete_AlreadyBeingUnloaded_WaitsForItInsteadOfFailing()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[id] = Api.Stored[id] with { State = DeployedModelStates.Undeploying };
        Api.DeleteFailures.Enqueue(FakeDeployedModelsApi.Error("unload deployed model", 409, "ABORTED", "already being unloaded"));

        await _harness.DeleteAsync(id, outputs, inputs);

        Assert.Empty(Api.Stored);
    }

    [Fact]
    public async Task Delete_WhileStillLoading_WaitsForTheLoadThenUnloads()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[id] = Api.Stored[id] with { State = DeployedModelStates.Deploying };
        Api.Busy(id, 3);
        Api.DeleteFailures.Enqueue(FakeDeployedModelsApi.Error("unload deployed model", 409, "ABORTED", "busy"));

        await _harness.DeleteAsync(id, outputs, inputs);

        Assert.Equal([id, id], Api.Deletes);
        Assert.Empty(Api.Stored);
    }

    [Fact]
    public async Task Delete_RefusedByFireworks_KeepsTheAddonAndSaysHowToMoveTheDefault()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.DeleteFailures.Enqueue(FakeDeployedModelsApi.Error("unload deployed model", 400, "FAILED_PRECONDITION", "cannot unload the default"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.DeleteAsync(id, outputs, inputs));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("cannot unload the default", error.Message, StringComparison.Ordinal);
        Assert.Contains("`default: true`", error.Message, StringComparison.Ordinal);
        Assert.Single(Api.Stored);
    }

    [Fact]
    public async Task Delete_NotGoneWithinTheTimeout_FailsAndKeepsTheAddonInTheStack()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.UnloadsImmediately = false;
        Api.ReadsWhileUnloading = int.MaxValue;

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.DeleteAsync(id, outputs, inputs, TimeSpan.FromMinutes(1)));

        Assert.Equal(ProviderErrorCode.DeadlineExceeded, error.Code);
        Assert.Contains("stays in the stack", error.Message, StringComparison.Ordinal);
    }
}
