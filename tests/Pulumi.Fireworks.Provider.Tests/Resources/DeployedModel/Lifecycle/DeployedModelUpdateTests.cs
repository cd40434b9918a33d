using System.Text.Json;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel.Lifecycle;

public sealed class DeployedModelUpdateTests
{
    private readonly DeployedModelHarness _harness = new();

    private FakeDeployedModelsApi Api => _harness.Api;

    private static string Json(DeployedModelSpec spec) => JsonSerializer.Serialize(spec, FireworksJsonContext.Default.DeployedModelSpec);

    [Fact]
    public async Task Update_ChangedDisplayName_PatchesOnlyThatFieldAndWaitsUntilNoLongerUpdating()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync(("displayName", "Old"), ("public", true));
        Api.ReadsWhileBusy = 2;

        var response = await _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("displayName", "New"), ("public", true)));

        var (name, spec) = Assert.Single(Api.Updates);
        Assert.Equal(id, name);
        Assert.Equal("""{"displayName":"New"}""", Json(spec));
        Assert.Equal(PropertyValue.Create("New"), response.Properties["displayName"]);
        Assert.Equal(PropertyValue.Create("DEPLOYED"), response.Properties["state"]);
        Assert.Equal(DeployedModelStates.Deployed, Api.Stored[id].State);
    }

    [Fact]
    public async Task Update_RemovedDescriptionAndPublic_ResetsThemOnTheService()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync(("description", "notes"), ("public", true));

        await _harness.UpdateAsync(id, outputs, inputs, _harness.Checked());

        Assert.Equal("""{"description":"","public":false}""", Json(Assert.Single(Api.Updates).Spec));
    }

    [Fact]
    public async Task Update_DefaultSetTrue_MovesTheDefaultHere()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[id] = Api.Stored[id] with { Default = false };
        outputs = outputs.SetItem("default", PropertyValue.Create(false));

        var response = await _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("default", true)));

        Assert.Equal("""{"default":true}""", Json(Assert.Single(Api.Updates).Spec));
        Assert.Equal(PropertyValue.Create(true), response.Properties["default"]);
    }

    [Fact]
    public async Task Update_OnlyReplaceMergedAddon_ChangesPulumisStateWithoutCallingFireworks()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();

        var response = await _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("replaceMergedAddon", true)));

        Assert.Empty(Api.Updates);
        Assert.Empty(Api.Gets);
        Assert.Equal(PropertyValue.Create(true), response.Properties["replaceMergedAddon"]);
        Assert.Equal(outputs["name"], response.Properties["name"]);
    }

    [Fact]
    public async Task Update_DefaultRemoved_SendsNothingAndKeepsWhatTheServiceHolds()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync(("default", true));

        var response = await _harness.UpdateAsync(id, outputs, inputs, _harness.Checked());

        Assert.Empty(Api.Updates);
        Assert.Equal(PropertyValue.Create(true), response.Properties["default"]);
    }

    [Fact]
    public async Task Update_AddonNoLongerLoaded_FailsCleanlyNamingRefresh()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored.Clear();

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("displayName", "New"))));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.Contains("pulumi refresh", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Updates);
    }

    [Fact]
    public async Task Update_OfAFailedLoad_IsRefusedWithoutPatching()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[id] = Api.Stored[id] with { State = DeployedModelStates.Unspecified, Status = new OperationStatus { Code = "INTERNAL" } };

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("displayName", "New"))));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("--replace", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Updates);
    }

    [Fact]
    public async Task Update_RejectedByFireworks_IsACleanError()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.UpdateFailures.Enqueue(FakeDeployedModelsApi.Error("update deployed model", 400, "INVALID_ARGUMENT", "displayName too long"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("displayName", "New"))));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("displayName too long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_PatchWithoutAnswer_ReportsAnUnknownOutcome()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.UpdateFailures.Enqueue(FakeDeployedModelsApi.NoAnswer("update deployed model"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("displayName", "New"))));

        Assert.Equal(ProviderErrorCode.Unknown, error.Code);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_NotDeployedWithinTheTimeout_IsAPartialFailureWithTheId()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.ReadsWhileBusy = int.MaxValue;

        var failure = await Assert.ThrowsAsync<ResourceInitializationException>(
            () => _harness.UpdateAsync(id, outputs, inputs, _harness.Checked(("displayName", "New")), TimeSpan.FromMinutes(1)));

        Assert.Equal(id, failure.Id);
        Assert.Equal(PropertyValue.Create("UPDATING"), failure.Properties["state"]);
    }
}
