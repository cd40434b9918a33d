using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeployedModelHarness;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel.Lifecycle;

public sealed class DeployedModelReadTests
{
    private readonly DeployedModelHarness _harness = new();

    private FakeDeployedModelsApi Api => _harness.Api;

    [Fact]
    public async Task Read_RefreshRightAfterCreate_ShowsNoChanges()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"), ("replaceMergedAddon", false));

        var read = await _harness.ReadAsync(id, outputs, inputs);

        Assert.Equal(id, read.Id);
        Assert.False(read.Inputs.ContainsKey("default"), "an undeclared default is the service's, not drift");
        Assert.Equal(PropertyValue.Create(false), read.Inputs["replaceMergedAddon"]);
        Assert.Equal(PropertyValue.Create(true), read.Properties["default"]);
        Assert.Equal(DiffChanges.None, _harness.Diff(read.Inputs, inputs, read.Properties).Changes);
    }

    [Fact]
    public async Task Read_DisplayNameChangedOutsidePulumi_ShowsAsDrift()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync(("displayName", "Chat"));
        Api.Stored[id] = Api.Stored[id] with { DisplayName = "Renamed" };

        var read = await _harness.ReadAsync(id, outputs, inputs);

        Assert.Equal(PropertyValue.Create("Renamed"), read.Inputs["displayName"]);
        Assert.Equal<string>(["displayName"], _harness.Diff(read.Inputs, inputs, read.Properties).Diffs);
    }

    [Fact]
    public async Task Read_NotFound_IsGone()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored.Clear();

        var read = await _harness.ReadAsync(id, outputs, inputs);

        Assert.Equal(string.Empty, read.Id);
    }

    [Fact]
    public async Task Read_BeingUnloaded_IsGone()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[id] = Api.Stored[id] with { State = DeployedModelStates.Undeploying };

        Assert.Equal(string.Empty, (await _harness.ReadAsync(id, outputs, inputs)).Id);
    }

    [Fact]
    public async Task Read_ImportByFullName_ReturnsEveryWritableFieldTheServiceHoldsAndCheckAcceptsThem()
    {
        var record = Api.Add(Lora, TargetDeployment, with: r => r with { DisplayName = "Legacy", Description = "made by hand", Public = true });

        var read = await _harness.ReadAsync(record.Name!);

        Assert.Equal(record.Name, read.Id);
        Assert.Equal(
            ["default", "deployment", "description", "displayName", "model", "public"],
            read.Inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(PropertyValue.Create(true), read.Inputs["public"]);
        var check = _harness.Check(read.Inputs);
        Assert.Empty(check.Failures);
        Assert.Equal(DiffChanges.None, _harness.Diff(read.Inputs, check.Inputs, read.Properties).Changes);
    }

    [Fact]
    public async Task Read_ImportByBareId_CompletesTheConfiguredAccount()
    {
        var record = Api.Add(Lora, TargetDeployment);

        var read = await _harness.ReadAsync(record.Name![(record.Name!.LastIndexOf('/') + 1)..]);

        Assert.Equal(record.Name, read.Id);
    }

    [Fact]
    public async Task Read_IdThatIsNotADeployedModel_FailsNamingTheForm()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.ReadAsync("accounts/acme/deployments/chat-1"));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("accounts/<account>/deployedModels/<id>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RefreshOfAFailedLoad_KeepsTheAddonAsAFailedResource()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();
        Api.Stored[id] = Api.Stored[id] with
        {
            State = null,
            Status = new Provider.Fireworks.Models.OperationStatus { Code = "INTERNAL", Message = "adapter weights missing" },
        };

        var failure = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.ReadAsync(id, outputs, inputs));

        Assert.Equal(id, failure.Id);
        Assert.Contains("adapter weights missing", Assert.Single(failure.Reasons), StringComparison.Ordinal);
        Assert.Equal(PropertyValue.Create("STATE_UNSPECIFIED"), failure.Properties["state"]);
    }

    [Fact]
    public async Task Read_SecretInput_StaysSecretInTheRefreshedInputsAndOutputs()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync(("description", DeploymentProps.Secret("internal notes")));

        var read = await _harness.ReadAsync(id, outputs, inputs);

        Assert.True(read.Inputs["description"].IsSecret);
        Assert.True(read.Properties["description"].IsSecret);
    }
}
