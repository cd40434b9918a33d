using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fireworks.Emulator;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Resources.DeployedModel;

/// <summary>The DeployedModel resource end to end: gRPC into the real plugin host, HTTP into the emulator's deployed models.</summary>
public sealed class DeployedModelLifecycleTests
{
    private const string RouteKey = "DeployedModelRouteKey1";

    private static ImmutableDictionary<string, PropertyValue> Decode(Struct properties) => PropertyValueCodec.DecodeMap(properties);

    private static string Lora(ProviderSession session, string id) => $"accounts/{session.Emulator.AccountId}/models/{id}";

    private static async Task<ProviderSession> StartWithLoadsAsync() => await StartAsync(options =>
    {
        options.LoadDelay = TimeSpan.FromMilliseconds(300);
        options.UnloadDelay = TimeSpan.FromMilliseconds(100);
    });

    /// <summary>A READY deployment of the LoRAs' base model with an INTERNET route; its full name and handle.</summary>
    private static async Task<(string Name, string Handle)> DeploymentAsync(ProviderSession session, string id, bool addons = true)
    {
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", id),
            ("region", "US_ARIZONA_1"), ("directRouteType", "INTERNET"), ("enableAddons", addons),
            ("directRouteApiKeys", PropertyValue.CreateSecret(Value(new[] { RouteKey })))), name: id);
        var created = await session.CreateAsync(inputs, name: id);
        Assert.True(Decode(created.Properties)["directRouteHandle"].TryGetString(out var handle));
        return (created.Id, handle);
    }

    private static async Task<HttpStatusCode> ChatAsync(ProviderSession session, string handle, string model)
    {
        using var http = new HttpClient { BaseAddress = session.Emulator.DirectRouteUrl(handle) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RouteKey);
        using var response = await http.PostAsJsonAsync("v1/chat/completions",
            new { model, messages = new[] { new { role = "user", content = "hello" } } });
        return response.StatusCode;
    }

    [Fact]
    public async Task Lifecycle_LoadRefreshUpdateUnload_BehavesLikeTheEngineExpects()
    {
        await using var session = await StartWithLoadsAsync();
        var (deployment, handle) = await DeploymentAsync(session, "lora-host");
        var calls = new DeployedModelCalls(session);
        var lora = Lora(session, "chat-lora");

        // Load: the pair is looked up first, one POST, then a wait until DEPLOYED.
        var inputs = await calls.CheckedAsync(Props(("deployment", "lora-host"), ("model", lora), ("displayName", "Chat")));
        Assert.Equal(PropertyValue.Create(deployment), inputs["deployment"]);
        session.Emulator.ClearRequestLog();
        var created = await calls.CreateAsync(inputs);
        var outputs = Decode(created.Properties);
        Assert.StartsWith($"accounts/{session.Emulator.AccountId}/deployedModels/chat-lora-", created.Id, StringComparison.Ordinal);
        Assert.Equal(PropertyValue.Create("DEPLOYED"), outputs["state"]);
        Assert.Equal(PropertyValue.Create(true), outputs["default"]);
        Assert.Equal(PropertyValue.Create(false), outputs["public"]);
        Assert.Equal(PropertyValue.Create($"{lora}#{deployment}"), outputs["inferenceModel"]);
        var log = session.Emulator.GetRequestLog();
        Assert.Single(log, entry => entry.Method == "POST" && entry.Path.EndsWith("/deployedModels", StringComparison.Ordinal));
        Assert.Contains(log, entry => entry.Method == "GET" && entry.Path.EndsWith("/deployedModels", StringComparison.Ordinal)
                                      && Uri.UnescapeDataString(entry.Query).Contains($"model=\"{lora}\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await ChatAsync(session, handle, outputs["inferenceModel"].TryGetString(out var model) ? model : ""));

        // Refresh right after the load: no diff, although the service made the addon the model's default.
        var read = await calls.ReadAsync(created.Id, outputs, inputs);
        var drift = await calls.DiffAsync(read.Id, Decode(read.Properties), Decode(read.Inputs), inputs);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, drift.Changes);

        // An in-place update PATCHes only the changed field.
        var renamed = await calls.CheckedAsync(Props(("deployment", deployment), ("model", lora), ("displayName", "Chat v2")));
        var change = await calls.DiffAsync(created.Id, outputs, inputs, renamed);
        Assert.Equal(["displayName"], change.Diffs);
        Assert.Empty(change.Replaces);
        session.Emulator.ClearRequestLog();
        var updated = await calls.UpdateAsync(created.Id, outputs, inputs, renamed);
        var patch = Assert.Single(session.Emulator.GetRequestLog(), entry => entry.Method == "PATCH");
        Assert.Equal("?updateMask=display_name", patch.Query);
        Assert.Equal(PropertyValue.Create("Chat v2"), Decode(updated.Properties)["displayName"]);
        Assert.Equal(PropertyValue.Create("DEPLOYED"), Decode(updated.Properties)["state"]);

        // Another model replaces the addon.
        var other = await calls.CheckedAsync(Props(("deployment", deployment), ("model", Lora(session, "support-lora"))));
        Assert.Equal(["model"], (await calls.DiffAsync(created.Id, outputs, inputs, other)).Replaces);

        // Unload: gone from the service and from the data plane.
        await calls.DeleteAsync(created.Id, Decode(updated.Properties), renamed);
        Assert.Equal(string.Empty, (await calls.ReadAsync(created.Id, outputs, renamed)).Id);
        Assert.Equal(HttpStatusCode.NotFound, await ChatAsync(session, handle, model));
    }

    [Fact]
    public async Task Create_AnswerLostAfterTheLoad_AdoptsTheAddonInsteadOfLoadingItTwice()
    {
        await using var session = await StartWithLoadsAsync();
        var (deployment, _) = await DeploymentAsync(session, "lossy-host");
        var calls = new DeployedModelCalls(session);
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "create", PathContains = "/deployedModels", Count = 1 });
        var inputs = await calls.CheckedAsync(Props(("deployment", deployment), ("model", Lora(session, "chat-lora"))));
        session.Emulator.ClearRequestLog();

        var created = await calls.CreateAsync(inputs);

        Assert.Single(session.Emulator.GetRequestLog(), entry => entry.Method == "POST" && entry.Path.EndsWith("/deployedModels", StringComparison.Ordinal));
        Assert.Equal(PropertyValue.Create("DEPLOYED"), Decode(created.Properties)["state"]);
        var notice = await session.Engine.WaitForLogAsync(entry => entry.Message.StartsWith("adopting", StringComparison.Ordinal));
        Assert.False(notice.Ephemeral);
        Assert.Contains(created.Id, notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DeploymentWithoutAddons_FailsCleanlyNamingEnableAddons()
    {
        await using var session = await StartWithLoadsAsync();
        var (deployment, _) = await DeploymentAsync(session, "plain-host", addons: false);
        var calls = new DeployedModelCalls(session);
        var inputs = await calls.CheckedAsync(Props(("deployment", deployment), ("model", Lora(session, "chat-lora"))));

        var error = await Assert.ThrowsAsync<RpcException>(() => calls.CreateAsync(inputs));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("`enableAddons: true`", error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(error.GetRpcStatus()?.Details ?? []);
    }

    [Fact]
    public async Task Create_LoadThatFails_IsAPartialFailureWithTheIdThatDeleteUnloads()
    {
        await using var session = await StartWithLoadsAsync();
        var (deployment, _) = await DeploymentAsync(session, "failing-host");
        var calls = new DeployedModelCalls(session);
        var inputs = await calls.CheckedAsync(Props(("deployment", deployment), ("model", Lora(session, "chat-lora-fail-load"))));

        var error = await Assert.ThrowsAsync<RpcException>(() => calls.CreateAsync(inputs));

        var detail = Assert.Single(error.GetRpcStatus()!.Details).Unpack<ErrorResourceInitFailed>();
        Assert.StartsWith($"accounts/{session.Emulator.AccountId}/deployedModels/chat-lora-fail-load-", detail.Id, StringComparison.Ordinal);
        Assert.Equal(PropertyValue.Create("STATE_UNSPECIFIED"), Decode(detail.Properties)["state"]);
        Assert.Contains("INTERNAL", Assert.Single(detail.Reasons), StringComparison.Ordinal);

        await calls.DeleteAsync(detail.Id, Decode(detail.Properties), inputs);
        Assert.Equal(string.Empty, (await calls.ReadAsync(detail.Id, Decode(detail.Properties), inputs)).Id);
    }

    [Fact]
    public async Task Read_ImportByFullName_ReturnsInputsThatCheckAcceptsAndDiffClean()
    {
        await using var session = await StartWithLoadsAsync();
        var (deployment, _) = await DeploymentAsync(session, "import-host");
        var calls = new DeployedModelCalls(session);
        var created = await calls.CreateAsync(await calls.CheckedAsync(Props(("deployment", deployment), ("model", Lora(session, "chat-lora")),
            ("description", "made elsewhere"))));

        var imported = await calls.ReadAsync(created.Id);

        var inputs = Decode(imported.Inputs);
        Assert.Equal(created.Id, imported.Id);
        Assert.Equal(PropertyValue.Create("made elsewhere"), inputs["description"]);
        var check = await calls.CheckAsync(inputs);
        Assert.Empty(check.Failures);
        var diff = await calls.DiffAsync(imported.Id, Decode(imported.Properties), inputs, PropertyValueCodec.DecodeMap(check.Inputs));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }
}
