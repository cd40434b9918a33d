using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class UpdateMaskTests
{
    [Fact]
    public async Task Patch_WithoutUpdateMask_UpdatesExactlyTheFieldsInTheBody()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep", """{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","description":"kept","minReplicaCount":1}""");

        using var response = await session.Http.PatchAsync($"{session.Deployments}/dep", EmulatorSession.Json("""{"displayName":"renamed","maxReplicaCount":3}"""));
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("renamed", body.GetProperty("displayName").GetString());
        Assert.Equal(3, body.GetProperty("maxReplicaCount").GetInt32());
        Assert.Equal("kept", body.GetProperty("description").GetString());
        Assert.Equal(1, body.GetProperty("minReplicaCount").GetInt32());
        Assert.Equal("READY", body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Patch_WithoutUpdateMask_UnchangedBaseModelInTheBodyPasses()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.Http.PatchAsync(
            $"{session.Deployments}/dep", EmulatorSession.Json("""{"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","description":"sdk style"}"""));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("sdk style", (await session.GetAsync("dep")).GetProperty("description").GetString());
    }

    [Fact]
    public async Task Patch_WithoutUpdateMask_ChangedImmutableFieldIs400FailedPrecondition()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.Http.PatchAsync($"{session.Deployments}/dep", EmulatorSession.Json("""{"acceleratorType":"NVIDIA_H200_141GB"}"""));

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "accelerator_type");
    }

    [Fact]
    public async Task Patch_AppliesOnlyMaskedFields()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", "display_name", """{"displayName":"renamed","description":"ignored","minReplicaCount":4,"maxReplicaCount":4}""");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("renamed", body.GetProperty("displayName").GetString());
        Assert.False(body.TryGetProperty("description", out _));
        Assert.Equal(0, body.GetProperty("minReplicaCount").GetInt32());
        Assert.Equal("READY", body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Patch_MaskedFieldMissingFromBody_IsCleared()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep", """{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","description":"old"}""");

        using var response = await session.PatchAsync("dep", "description", "{}");

        Assert.False((await EmulatorSession.ReadJsonAsync(response)).TryGetProperty("description", out _));
    }

    [Fact]
    public async Task Patch_ScalingFields_ApplyAtOnceAndStayReady()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", "min_replica_count,max_replica_count,autoscaling_policy", """{"minReplicaCount":2,"maxReplicaCount":3,"autoscalingPolicy":{"scaleDownWindow":"120s"}}""");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal("READY", body.GetProperty("state").GetString());
        Assert.Equal(2, body.GetProperty("replicaCount").GetInt32());
        Assert.Equal("120s", body.GetProperty("autoscalingPolicy").GetProperty("scaleDownWindow").GetString());
        Assert.Equal("30s", body.GetProperty("autoscalingPolicy").GetProperty("scaleUpWindow").GetString());
    }

    [Fact]
    public async Task Patch_RollingField_GoesUpdatingThenReady()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", "accelerator_count", """{"acceleratorCount":2}""");

        Assert.Equal("UPDATING", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("state").GetString());
        session.Clock.Advance(EmulatorSession.UpdateDelay);
        var after = await session.GetAsync("dep");
        Assert.Equal("READY", after.GetProperty("state").GetString());
        Assert.Equal(2, after.GetProperty("acceleratorCount").GetInt32());
    }

    [Fact]
    public async Task Patch_WhileUpdating_Is409Aborted()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        (await session.PatchAsync("dep", "precision", """{"precision":"FP8"}""")).Dispose();

        using var response = await session.PatchAsync("dep", "display_name", """{"displayName":"x"}""");

        await EmulatorSession.AssertErrorAsync(response, 409, 10);
    }

    [Fact]
    public async Task Patch_WhileCreating_Is409Aborted()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("dep")).Dispose();

        using var response = await session.PatchAsync("dep", "display_name", """{"displayName":"x"}""");

        await EmulatorSession.AssertErrorAsync(response, 409, 10);
    }

    [Theory]
    [InlineData("accelerator_type", """{"acceleratorType":"NVIDIA_A100_80GB"}""")]
    [InlineData("placement", """{"placement":{"region":"US_IOWA_1"}}""")]
    [InlineData("base_model", """{"baseModel":"accounts/fireworks/models/other"}""")]
    public async Task Patch_ChangingAFieldThatCannotChangeInPlace_Is400FailedPrecondition(string mask, string body)
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", mask, body);

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "cannot be changed in place");
    }

    [Fact]
    public async Task Patch_ImmutableFieldWithUnchangedValue_IsAccepted()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", "accelerator_type,display_name", """{"acceleratorType":"NVIDIA_H100_80GB","displayName":"same hw"}""");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("displayName", "unknown field path")]
    [InlineData("state", "output only")]
    public async Task Patch_UnknownOrOutputOnlyMaskPath_Is400(string mask, string message)
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", mask, "{}");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, message);
    }

    [Fact]
    public async Task Patch_RotatingDirectRouteKeys_TakesEffectOnTheDataPlane()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ready = await session.CreateReadyAsync("routed", EmulatorSession.DirectRouteBody);
        var handle = ready.GetProperty("directRouteHandle").GetString()!;

        using var patch = await session.PatchAsync("routed", "direct_route_api_keys", """{"directRouteApiKeys":["newKey"]}""");
        Assert.Equal("READY", (await EmulatorSession.ReadJsonAsync(patch)).GetProperty("state").GetString());

        using var client = new HttpClient { BaseAddress = session.Emulator.DirectRouteUrl(handle) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", "routeKey1");
        using var old = await client.PostAsync("v1/chat/completions", EmulatorSession.Json("{}"));
        client.DefaultRequestHeaders.Authorization = new("Bearer", "newKey");
        using var rotated = await client.PostAsync("v1/chat/completions", EmulatorSession.Json("{}"));
        Assert.Equal(401, (int)old.StatusCode);
        Assert.Equal(200, (int)rotated.StatusCode);
    }
}
