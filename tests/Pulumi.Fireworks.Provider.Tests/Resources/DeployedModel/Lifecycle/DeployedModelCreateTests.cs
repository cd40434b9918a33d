using System.Text.Json;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.DeployedModel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeployedModelHarness;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel.Lifecycle;

public sealed class DeployedModelCreateTests
{
    private const string Pair = $"deployment=\"{TargetDeployment}\" AND model=\"{Lora}\"";

    private readonly DeployedModelHarness _harness = new();

    private FakeDeployedModelsApi Api => _harness.Api;

    private static string Json(DeployedModelSpec spec) => JsonSerializer.Serialize(spec, FireworksJsonContext.Default.DeployedModelSpec);

    private static string Text(PropertyValue value) => value.Unwrap(out _).TryGetString(out var text) ? text : $"<{value.Kind}>";

    [Fact]
    public async Task Create_LoadsOnce_WaitsForDeployed_AndReturnsTheServiceNameAndOutputs()
    {
        Api.ReadsWhileBusy = 2;

        var response = await _harness.CreateAsync(_harness.Checked());

        var (spec, options) = Assert.Single(Api.Creates);
        Assert.Equal($$"""{"model":"{{Lora}}","deployment":"{{TargetDeployment}}"}""", Json(spec));
        Assert.False(options!.ReplaceMergedAddon);
        var record = Assert.Single(Api.Stored.Values);
        Assert.Equal(record.Name, response.Id);
        Assert.Equal(PropertyValue.Create(record.Name!), response.Properties["name"]);
        Assert.Equal(PropertyValue.Create("DEPLOYED"), response.Properties["state"]);
        Assert.Equal(PropertyValue.Create(true), response.Properties["default"]);
        Assert.Equal(PropertyValue.Create(false), response.Properties["public"]);
        Assert.Equal(PropertyValue.Create($"{Lora}#{TargetDeployment}"), response.Properties["inferenceModel"]);
        Assert.Equal("OK", Text(response.Properties["status"].TryGetMap(out var status) ? status["code"] : PropertyValue.Null));
        Assert.True(Api.Gets.Count >= 3, "the wait polled through DEPLOYING");
    }

    [Fact]
    public async Task Create_SendsTheOptionalFieldsTheUserSetAndTheLoadFlag()
    {
        _harness.ChangeDeployment(d => d with { EnableHotReloadLatestAddon = true });

        var response = await _harness.CreateAsync(_harness.Checked(("displayName", "Chat"), ("public", true),
            ("default", true), ("replaceMergedAddon", true)));

        var (spec, options) = Assert.Single(Api.Creates);
        Assert.Equal($$"""{"displayName":"Chat","model":"{{Lora}}","deployment":"{{TargetDeployment}}","default":true,"public":true}""", Json(spec));
        Assert.True(options!.ReplaceMergedAddon);
        Assert.Equal(PropertyValue.Create(true), response.Properties["replaceMergedAddon"]);
    }

    [Fact]
    public async Task Create_LooksThePairUpBeforeLoading()
    {
        await _harness.CreateAsync(_harness.Checked());

        Assert.Equal(Pair, Api.Lists[0]);
    }

    [Fact]
    public async Task Create_PairAlreadyLoaded_AdoptsItWithoutASecondLoadAndSaysSoInALastingLogLine()
    {
        var existing = Api.Add(Lora, TargetDeployment);

        var response = await _harness.CreateAsync(_harness.Checked());

        Assert.Empty(Api.Creates);
        Assert.Equal(existing.Name, response.Id);
        var notice = Assert.Single(_harness.Log.Messages, m => m.Message.StartsWith("adopting", StringComparison.Ordinal));
        Assert.False(notice.Ephemeral);
        Assert.Equal(LogSeverity.Info, notice.Severity);
        Assert.Equal(Urn, notice.Urn);
        Assert.Contains(existing.Name!, notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AnotherPairOnTheDeploymentOrOneBeingUnloaded_IsNotAdopted()
    {
        Api.Add("accounts/acme/models/support-lora", TargetDeployment);
        Api.Add(Lora, TargetDeployment, DeployedModelStates.Undeploying);

        await _harness.CreateAsync(_harness.Checked());

        Assert.Single(Api.Creates);
        Assert.DoesNotContain(_harness.Log.Messages, m => m.Message.StartsWith("adopting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_AdoptedAddonDiffersInPlace_IsBroughtInLineWithOnePatch()
    {
        Api.Add(Lora, TargetDeployment, with: r => r with { DisplayName = "Other", Public = false });

        var response = await _harness.CreateAsync(_harness.Checked(("displayName", "Chat"), ("public", false)));

        var (_, spec) = Assert.Single(Api.Updates);
        Assert.Equal("""{"displayName":"Chat"}""", Json(spec));
        Assert.Equal(PropertyValue.Create("Chat"), response.Properties["displayName"]);
    }

    [Fact]
    public async Task Create_AnswerLostAfterTheLoad_AdoptsTheRecordInsteadOfLoadingAgain()
    {
        Api.LostCreateAnswers = 1;

        var response = await _harness.CreateAsync(_harness.Checked());

        Assert.Single(Api.Creates);
        Assert.Equal([Pair, Pair], Api.Lists);
        Assert.Equal(Assert.Single(Api.Stored.Values).Name, response.Id);
        Assert.Contains(_harness.Log.Messages, m => !m.Ephemeral && m.Message.Contains("answer to the load request was lost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_NoAnswerAndNothingLoaded_SendsAgainAfterEachLookUp()
    {
        Api.CreateFailures.Enqueue(FakeDeployedModelsApi.NoAnswer());
        Api.CreateFailures.Enqueue(FakeDeployedModelsApi.NoAnswer());

        var response = await _harness.CreateAsync(_harness.Checked());

        Assert.Equal(3, Api.Creates.Count);
        Assert.Equal(3, Api.Lists.Count);
        Assert.Equal(Assert.Single(Api.Stored.Values).Name, response.Id);
    }

    [Fact]
    public async Task Create_NoAnswerEveryTime_StopsAfterTheBoundWithACleanError()
    {
        for (var i = 0; i < 5; i++)
        {
            Api.CreateFailures.Enqueue(FakeDeployedModelsApi.NoAnswer());
        }

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(3, Api.Creates.Count);
        Assert.Equal(ProviderErrorCode.Unavailable, error.Code);
        Assert.Contains("nothing was loaded", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Stored);
    }

    [Fact]
    public async Task Create_NoAnswerAndTheLookUpFails_SaysTheOutcomeIsUnknown()
    {
        Api.CreateFailures.Enqueue(FakeDeployedModelsApi.NoAnswer());
        Api.ListFailures.Enqueue(null);
        Api.ListFailures.Enqueue(FakeDeployedModelsApi.Error("list deployed models", 503, "UNAVAILABLE"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.Unknown, error.Code);
        Assert.Contains("looks it up again before loading", error.Message, StringComparison.Ordinal);
        Assert.Single(Api.Creates);
    }

    [Fact]
    public async Task Create_ConflictBecauseThePairWasLoadedMeanwhile_AdoptsIt()
    {
        Api.BeforeCreate = () => Api.Add(Lora, TargetDeployment);
        Api.CreateFailures.Enqueue(FakeDeployedModelsApi.Error("load model", 409, "ALREADY_EXISTS", "already loaded"));

        var response = await _harness.CreateAsync(_harness.Checked());

        Assert.Equal(Assert.Single(Api.Stored.Values).Name, response.Id);
        Assert.Contains(_harness.Log.Messages, m => !m.Ephemeral && m.Message.StartsWith("adopting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_RefusedByFireworks_IsACleanErrorWithTheAddonHint()
    {
        Api.CreateFailures.Enqueue(FakeDeployedModelsApi.Error(
            $"load model {Lora} onto deployment {TargetDeployment}", 400, "FAILED_PRECONDITION", "enable_addons is not set"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("enable_addons is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("`enableAddons: true`", error.Message, StringComparison.Ordinal);
        Assert.Single(Api.Creates);
    }

    [Fact]
    public async Task Create_DeploymentMissing_FailsNamingItBeforeLoading()
    {
        _harness.Deployments.Stored.Clear();

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.Contains($"deployment {TargetDeployment} does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Creates);
    }

    [Fact]
    public async Task Create_DeploymentWithoutAddons_FailsNamingTheInputToSetOnTheDeployment()
    {
        _harness.ChangeDeployment(d => d with { EnableAddons = null });

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("without `enableAddons: true`", error.Message, StringComparison.Ordinal);
        Assert.Contains("on the Deployment", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Creates);
    }

    [Fact]
    public async Task Create_DeploymentWithAShapeButNoAddonFlag_LeavesTheDecisionToFireworks()
    {
        _harness.ChangeDeployment(d => d with { EnableAddons = null, DeploymentShape = "accounts/fireworks/deploymentShapes/s/versions/1" });

        await _harness.CreateAsync(_harness.Checked());

        Assert.Single(Api.Creates);
    }

    [Fact]
    public async Task Create_HotReloadDeploymentWithoutReplaceMergedAddon_FailsNamingIt()
    {
        _harness.ChangeDeployment(d => d with { EnableAddons = null, EnableHotReloadLatestAddon = true });

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("`enableHotReloadLatestAddon: true`", error.Message, StringComparison.Ordinal);
        Assert.Contains("`replaceMergedAddon: true`", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Creates);
    }

    [Fact]
    public async Task Create_HotReloadDeploymentHoldingAnotherAddon_LoadsAndWarnsLastinglyThatItReplacesIt()
    {
        _harness.ChangeDeployment(d => d with { EnableHotReloadLatestAddon = true });
        var other = Api.Add("accounts/acme/models/support-lora", TargetDeployment);
        Api.Add("accounts/acme/models/leaving-lora", TargetDeployment, DeployedModelStates.Undeploying);

        await _harness.CreateAsync(_harness.Checked(("replaceMergedAddon", true)));

        Assert.Single(Api.Creates);
        Assert.Contains($"deployment=\"{TargetDeployment}\"", Api.Lists);
        var warning = Assert.Single(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
        Assert.False(warning.Ephemeral);
        Assert.Equal(Urn, warning.Urn);
        Assert.Contains($"replaces accounts/acme/models/support-lora ({other.Name})", warning.Message, StringComparison.Ordinal);
        Assert.Contains("keep one DeployedModel per hot-reload deployment", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaving-lora", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_HotReloadDeploymentWithNoOtherAddon_LoadsWithoutAWarning()
    {
        _harness.ChangeDeployment(d => d with { EnableHotReloadLatestAddon = true });

        await _harness.CreateAsync(_harness.Checked(("replaceMergedAddon", true)));

        Assert.Single(Api.Creates);
        Assert.DoesNotContain(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Create_HotReloadDeploymentWhoseAddonsCannotBeListed_StillLoads()
    {
        _harness.ChangeDeployment(d => d with { EnableHotReloadLatestAddon = true });
        Api.Add("accounts/acme/models/support-lora", TargetDeployment);
        Api.ListFailures.Enqueue(FakeDeployedModelsApi.Error("list deployed models", 503, "UNAVAILABLE"));

        await _harness.CreateAsync(_harness.Checked(("replaceMergedAddon", true)));

        Assert.Single(Api.Creates);
        Assert.DoesNotContain(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Create_LoraOfAnotherBaseModel_FailsNamingBothBaseModels()
    {
        Api.AddModel(Lora, "accounts/fireworks/models/gpt-oss-120b");

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("accounts/fireworks/models/gpt-oss-120b", error.Message, StringComparison.Ordinal);
        Assert.Contains(DeploymentProps.Model, error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Creates);
    }

    [Fact]
    public async Task Create_ModelMissing_FailsNamingIt()
    {
        Api.Models.Clear();

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.Contains($"model {Lora} does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DeploymentStillCreating_WaitsUntilItIsReadyBeforeLoading()
    {
        _harness.ChangeDeployment(d => d with { State = DeploymentStates.Creating });
        _harness.Deployments.StatesOnRead.Enqueue(DeploymentStates.Creating);
        _harness.Deployments.StatesOnRead.Enqueue(DeploymentStates.Creating);
        _harness.Deployments.StatesOnRead.Enqueue(DeploymentStates.Ready);

        await _harness.CreateAsync(_harness.Checked());

        Assert.Single(Api.Creates);
        Assert.Empty(_harness.Deployments.StatesOnRead);
        Assert.Contains(_harness.Log.Messages, m => m.Ephemeral && m.Message.Contains("waiting for deployment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_DeploymentNeverReady_FailsCleanlyWithinTheTimeoutWithoutLoading()
    {
        _harness.ChangeDeployment(d => d with { State = DeploymentStates.Updating });

        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => _harness.CreateAsync(_harness.Checked(), TimeSpan.FromMinutes(2)));

        Assert.Equal(ProviderErrorCode.DeadlineExceeded, error.Code);
        Assert.Contains("nothing was loaded", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Creates);
    }

    [Fact]
    public async Task Create_LoadFallsBackToUnspecified_IsAPartialFailureWithTheIdAndTheStatusMessage()
    {
        Api.ReadsWhileBusy = 1;
        Api.Outcome = FakeDeployedModelsApi.LoadEnd.Failed;

        var failure = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.CreateAsync(_harness.Checked()));

        var record = Assert.Single(Api.Stored.Values);
        Assert.Equal(record.Name, failure.Id);
        Assert.True(failure.RefreshBeforeUpdate);
        Assert.Equal(PropertyValue.Create("STATE_UNSPECIFIED"), failure.Properties["state"]);
        Assert.Contains($"failed to load {Lora}", Assert.Single(failure.Reasons), StringComparison.Ordinal);
        Assert.Contains("INTERNAL", failure.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("unload", failure.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RecordVanishesWhileLoading_IsACleanErrorSayingNothingIsLeft()
    {
        Api.ReadsWhileBusy = 1;
        Api.Outcome = FakeDeployedModelsApi.LoadEnd.Vanished;

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.Aborted, error.Code);
        Assert.Contains("nothing is left", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Stored);
    }

    [Fact]
    public async Task Create_NotDeployedWithinTheTimeout_IsAPartialFailureWithTheId()
    {
        Api.ReadsWhileBusy = int.MaxValue;

        var failure = await Assert.ThrowsAsync<ResourceInitializationException>(
            () => _harness.CreateAsync(_harness.Checked(), TimeSpan.FromMinutes(2)));

        Assert.Equal(Assert.Single(Api.Stored.Values).Name, failure.Id);
        Assert.Equal(PropertyValue.Create("DEPLOYING"), failure.Properties["state"]);
        Assert.Contains("not DEPLOYED after 2m", Assert.Single(failure.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WhileWaiting_SendsEphemeralProgressOnTheResourceRow()
    {
        Api.ReadsWhileBusy = 2;

        await _harness.CreateAsync(_harness.Checked());

        var progress = _harness.Log.Messages.Where(m => m.Message.Contains("DEPLOYING", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, m =>
        {
            Assert.True(m.Ephemeral);
            Assert.Equal(Urn, m.Urn);
            Assert.Contains("elapsed", m.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Create_WithoutCredentials_FailsNamingTheKey()
    {
        var resource = new DeployedModelResource(new DeployedModelResourceOptions("acme", _harness.Time, _harness.Log));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chatLora", TypeToken, _harness.Checked(), null, Preview: false), CancellationToken.None));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
    }
}
