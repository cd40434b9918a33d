using System.Collections.Immutable;
using System.Net.Http.Headers;
using Fireworks.Emulator;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Resources.Deployment;

/// <summary>The Deployment resource end to end: gRPC into the real plugin host, HTTP into the emulator.</summary>
public sealed class DeploymentLifecycleTests
{
    private const string FirstKey = "FirstDirectRouteKey1";
    private const string SecondKey = "SecondDirectRouteKey2";

    private static ImmutableDictionary<string, PropertyValue> DirectRoute(string id, string key, string region = "US_ARIZONA_1") =>
        Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", id), ("region", region), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", PropertyValue.CreateSecret(Value(new[] { key }))));

    private static ImmutableDictionary<string, PropertyValue> Decode(Struct properties) => PropertyValueCodec.DecodeMap(properties);

    private static ErrorResourceInitFailed InitFailure(RpcException error) =>
        Assert.Single(error.GetRpcStatus()!.Details).Unpack<ErrorResourceInitFailed>();

    [Fact]
    public async Task Lifecycle_CreateRefreshRotateReplaceDelete_BehavesLikeTheEngineExpects()
    {
        await using var session = await StartAsync();
        var id = session.FullName("chat-e2e");

        // Create: waits for READY and returns the full name, the handle and secret keys.
        var inputs = await session.CheckAsync(DirectRoute("chat-e2e", FirstKey));
        var created = await session.CreateAsync(inputs);
        var outputs = Decode(created.Properties);
        Assert.Equal(id, created.Id);
        Assert.Equal(PropertyValue.Create("READY"), outputs["state"]);
        Assert.True(outputs["directRouteHandle"].TryGetString(out var handle) && handle.EndsWith(".direct.fireworks.ai", StringComparison.Ordinal));
        Assert.True(outputs["directRouteApiKeys"].IsSecret);
        Assert.False(outputs.ContainsKey("__defaults"));
        Assert.Equal("READY", Assert.Single(session.Emulator.GetDeployments()).State);

        // Refresh right after create: no diff.
        var read = await session.ReadAsync(id, outputs, inputs);
        var drift = await session.DiffAsync(read.Id, Decode(read.Properties), Decode(read.Inputs), inputs);
        Assert.Equal(id, read.Id);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, drift.Changes);

        // Key rotation: an in-place update that PATCHes only the keys.
        var rotated = await session.CheckAsync(DirectRoute("chat-e2e", SecondKey));
        var rotation = await session.DiffAsync(id, outputs, inputs, rotated);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, rotation.Changes);
        Assert.Empty(rotation.Replaces);
        Assert.Contains("directRouteApiKeys", rotation.Diffs);
        session.Emulator.ClearRequestLog();
        var updated = await session.UpdateAsync(id, outputs, inputs, rotated);
        var patch = Assert.Single(session.Emulator.GetRequestLog(), entry => entry.Method == "PATCH");
        Assert.Contains("updateMask=direct_route_api_keys", patch.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(",", Uri.UnescapeDataString(patch.Query), StringComparison.Ordinal);
        var afterRotation = Decode(updated.Properties);
        Assert.Equal(PropertyValue.CreateList([PropertyValue.Create(SecondKey)]), afterRotation["directRouteApiKeys"].Unwrap(out _));
        Assert.True(afterRotation["directRouteApiKeys"].IsSecret);
        Assert.Contains(SecondKey, Assert.Single(session.Emulator.GetDeployments()).Json, StringComparison.Ordinal);

        // A region change replaces the deployment.
        var moved = await session.CheckAsync(DirectRoute("chat-e2e", SecondKey, "US_IOWA_1"));
        var move = await session.DiffAsync(id, afterRotation, rotated, moved);
        Assert.Contains("region", move.Replaces);

        // Delete: hard by default, gone from the emulator.
        await session.DeleteAsync(id, afterRotation, rotated);
        Assert.Null(session.Emulator.FindDeployment("chat-e2e"));
    }

    [Fact]
    public async Task Read_ImportByBareIdAndByFullName_ReturnsTheFullNameAndInputs()
    {
        await using var session = await StartAsync();
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "imported"), ("displayName", "Imported")));
        await session.CreateAsync(inputs);

        foreach (var importId in new[] { "imported", session.FullName("imported") })
        {
            var read = await session.ReadAsync(importId);

            Assert.Equal(session.FullName("imported"), read.Id);
            var imported = Decode(read.Inputs);
            Assert.Equal(PropertyValue.Create(Model), imported["baseModel"]);
            Assert.Equal(PropertyValue.Create("imported"), imported["deploymentId"]);
            Assert.Equal(PropertyValue.Create("Imported"), imported["displayName"]);
            Assert.False(imported.ContainsKey("state"));
            Assert.Equal(PropertyValue.Create("READY"), Decode(read.Properties)["state"]);
        }
    }

    [Fact]
    public async Task Read_DeletedOutOfBand_ReportsTheResourceGone()
    {
        await using var session = await StartAsync(options => options.DeleteDelay = TimeSpan.Zero);
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "vanishing")));
        var created = await session.CreateAsync(inputs);
        using var http = new HttpClient { BaseAddress = session.Emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Emulator.ApiKey);
        (await http.DeleteAsync($"v1/{created.Id}?hard=true")).EnsureSuccessStatusCode();

        var read = await session.ReadAsync(created.Id, Decode(created.Properties), inputs);

        Assert.Equal(string.Empty, read.Id);
    }

    [Fact]
    public async Task Create_ModelThatFails_ReturnsInitFailedWithTheIdAndStatus()
    {
        await using var session = await StartAsync();
        var inputs = await session.CheckAsync(Props(("baseModel", "accounts/fireworks/models/does-not-exist"), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "doomed")));

        var error = await Assert.ThrowsAsync<RpcException>(() => session.CreateAsync(inputs));

        var detail = InitFailure(error);
        Assert.Equal(session.FullName("doomed"), detail.Id);
        Assert.Equal(PropertyValue.Create("FAILED"), Decode(detail.Properties)["state"]);
        Assert.Contains("NOT_FOUND", Assert.Single(detail.Reasons), StringComparison.Ordinal);
        Assert.Equal("FAILED", session.Emulator.FindDeployment("doomed")!.State);
    }

    [Fact]
    public async Task Create_NotReadyWithinTheTimeout_ReturnsPartialStateWithTheId()
    {
        await using var session = await StartAsync(options => options.ReadyDelay = TimeSpan.FromMinutes(10));
        var inputs = await session.CheckAsync(DirectRoute("slow", FirstKey));

        var error = await Assert.ThrowsAsync<RpcException>(() => session.CreateAsync(inputs, timeoutSeconds: 0.3));

        var detail = InitFailure(error);
        Assert.Equal(session.FullName("slow"), detail.Id);
        Assert.Equal(PropertyValue.Create("CREATING"), Decode(detail.Properties)["state"]);
        Assert.True(Decode(detail.Properties)["directRouteApiKeys"].IsSecret);
        Assert.DoesNotContain(FirstKey, error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(FirstKey, string.Join(" ", detail.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CancelledWhileWaiting_ReturnsPartialStateWithTheId()
    {
        await using var session = await StartAsync(options => options.ReadyDelay = TimeSpan.FromMinutes(10));
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "cancelled")));

        var create = session.CreateAsync(inputs);
        await session.Engine.WaitForLogAsync(log => log.Urn == Urn() && log.Ephemeral && log.Message.Contains("CREATING", StringComparison.Ordinal));
        await session.Client.CancelAsync(new Empty());
        var error = await Assert.ThrowsAsync<RpcException>(() => create);

        var detail = InitFailure(error);
        Assert.Equal(session.FullName("cancelled"), detail.Id);
        Assert.Contains("cancelled", Assert.Single(detail.Reasons), StringComparison.Ordinal);
        Assert.Equal("CREATING", session.Emulator.FindDeployment("cancelled")!.State);
    }

    [Fact]
    public async Task Create_ResponseLostAfterCommit_AdoptsTheDeploymentWithoutADuplicate()
    {
        await using var session = await StartAsync(options => options.Faults = [new FaultRule { CommitThenDrop = "create", Count = 1 }]);
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "lost-answer")));

        var created = await session.CreateAsync(inputs);

        Assert.Equal(session.FullName("lost-answer"), created.Id);
        var deployment = Assert.Single(session.Emulator.GetDeployments());
        Assert.Equal("READY", deployment.State);
        Assert.True(session.Emulator.GetRequestLog().Count(entry => entry.Method == "POST") >= 2);
    }

    [Fact]
    public async Task Update_OnlyProviderKnobsChanged_SendsNothingToFireworks()
    {
        await using var session = await StartAsync();
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "knobs")));
        var created = await session.CreateAsync(inputs);
        var news = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentId", "knobs"),
            ("hardDelete", false), ("waitForReady", false)));
        session.Emulator.ClearRequestLog();

        var updated = await session.UpdateAsync(created.Id, Decode(created.Properties), inputs, news);

        Assert.Empty(session.Emulator.GetRequestLog());
        Assert.Equal(PropertyValue.Create(false), Decode(updated.Properties)["hardDelete"]);
    }

    [Fact]
    public async Task Update_RefusedByTheService_IsACleanErrorWithoutKeys()
    {
        await using var session = await StartAsync();
        var inputs = await session.CheckAsync(DirectRoute("strict", FirstKey));
        var created = await session.CreateAsync(inputs);
        session.Emulator.AddFault(new FaultRule { Status = 403, Method = "PATCH" });

        var error = await Assert.ThrowsAsync<RpcException>(() => session.UpdateAsync(created.Id, Decode(created.Properties), inputs,
            DirectRoute("strict", SecondKey)));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("HTTP 403", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(FirstKey, error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondKey, error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_AnIdTooLongForAnyUrl_IsInvalidArgumentNotARetryableCode()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => session.ReadAsync(new string('a', 10_000)));

        // The front end answers 414 URI Too Long: the request's fault, which no retry by the engine can mend.
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("HTTP 414", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("message cut", error.Status.Detail, StringComparison.Ordinal);
    }
}
