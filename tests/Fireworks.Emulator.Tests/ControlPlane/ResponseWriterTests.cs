using System.Text.Json;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class ResponseWriterTests
{
    private static void AssertUnknownFields(JsonElement body)
    {
        Assert.Equal(JsonValueKind.Object, body.GetProperty("emulatorUnknownObject").GetProperty("nested").ValueKind);
        Assert.Equal("9007199254740993", body.GetProperty("emulatorUnknownInt64").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("emulatorUnknownArray").ValueKind);
        Assert.Equal("FUTURE_ENUM_VALUE_NO_CLIENT_KNOWS", body.GetProperty("emulatorUnknownEnum").GetString());
    }

    [Fact]
    public async Task UnknownOutputFields_Off_RepliesCarryNone()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep");

        Assert.False((await EmulatorSession.ReadJsonAsync(response)).TryGetProperty("emulatorUnknownObject", out _));
    }

    [Fact]
    public async Task UnknownOutputFields_On_EveryReplyObjectCarriesThem()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.UnknownOutputFields = true);
        await session.CreateReadyAsync("dep", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "dep");

        var list = await session.GetJsonAsync(session.Deployments);
        using var missing = await session.Http.GetAsync($"{session.Deployments}/nope");
        using var delete = await session.Http.DeleteAsync($"{session.DeployedModels}/{id}");

        AssertUnknownFields(await session.GetAsync("dep"));
        AssertUnknownFields(list);
        AssertUnknownFields(list.GetProperty("deployments")[0]);
        AssertUnknownFields(await session.GetJsonAsync("v1/accounts/fireworks/deploymentShapes/small"));
        AssertUnknownFields(await session.GetJsonAsync($"v1/{EmulatorSession.ChatLora}"));
        AssertUnknownFields(await EmulatorSession.ReadJsonAsync(missing));
        AssertUnknownFields(await EmulatorSession.ReadJsonAsync(delete));
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Fact]
    public async Task UnknownOutputFields_SwitchedAtRunTime_TakesEffectOnTheNextReply()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        session.Emulator.UnknownOutputFields = true;
        var on = await session.GetAsync("dep");
        session.Emulator.UnknownOutputFields = false;
        var off = await session.GetAsync("dep");

        AssertUnknownFields(on);
        Assert.False(off.TryGetProperty("emulatorUnknownEnum", out _));
    }
}
