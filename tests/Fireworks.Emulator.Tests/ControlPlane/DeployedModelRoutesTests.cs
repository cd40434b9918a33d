using System.Text.Json;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class DeployedModelRoutesTests
{
    [Fact]
    public async Task Load_GoesDeployingThenDeployedAfterTheLoadDelay()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "base", extraFields: ",\"displayName\":\"Chat\"");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Matches("^accounts/emulator-account/deployedModels/chat-lora-[a-z0-9]{8}$", body.GetProperty("name").GetString());
        Assert.Equal("DEPLOYING", body.GetProperty("state").GetString());
        Assert.Equal(EmulatorSession.ChatLora, body.GetProperty("model").GetString());
        Assert.Equal("accounts/emulator-account/deployments/base", body.GetProperty("deployment").GetString());
        Assert.Equal("Chat", body.GetProperty("displayName").GetString());
        var path = $"v1/{body.GetProperty("name").GetString()}";
        session.Clock.Advance(EmulatorSession.LoadDelay - TimeSpan.FromSeconds(1));
        Assert.Equal("DEPLOYING", (await session.GetJsonAsync(path)).GetProperty("state").GetString());
        session.Clock.Advance(TimeSpan.FromSeconds(1));
        var deployed = await session.GetJsonAsync(path);
        Assert.Equal("DEPLOYED", deployed.GetProperty("state").GetString());
        Assert.Equal("OK", deployed.GetProperty("status").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Load_FirstDeploymentOfAModel_BecomesItsDefault()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("one", EmulatorSession.AddonBody);
        await session.CreateReadyAsync("two", EmulatorSession.AddonBody);

        using var first = await session.LoadAsync(EmulatorSession.ChatLora, "one");
        using var second = await session.LoadAsync(EmulatorSession.ChatLora, "two");

        Assert.True((await EmulatorSession.ReadJsonAsync(first)).GetProperty("default").GetBoolean());
        Assert.False((await EmulatorSession.ReadJsonAsync(second)).GetProperty("default").GetBoolean());
    }

    [Fact]
    public async Task Load_UnknownModel_Is404NotFound()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);

        using var response = await session.LoadAsync("accounts/emulator-account/models/nobody-knows", "base");

        await EmulatorSession.AssertErrorAsync(response, 404, 5, "accounts/emulator-account/models/nobody-knows");
    }

    [Fact]
    public async Task Load_MissingDeployment_Is404NamingIt()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "ghost");

        await EmulatorSession.AssertErrorAsync(response, 404, 5, "accounts/emulator-account/deployments/ghost");
    }

    [Fact]
    public async Task Load_DeploymentNotReady_Is400FailedPrecondition()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("base", EmulatorSession.AddonBody)).Dispose();

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "base");

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "not ready");
    }

    [Fact]
    public async Task Load_DeploymentWithoutAddons_Is400NamingEnableAddons()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("plain");

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "plain");

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "enable_addons");
        Assert.Equal(0, (await session.GetJsonAsync(session.DeployedModels)).GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task Load_DeploymentWhoseShapeEnablesAddons_IsAccepted()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("shaped", """{"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","deploymentShape":"accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal"}""");

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "shaped");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Load_BaseModelMismatch_Is400NamingBothModels()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);

        using var response = await session.LoadAsync("accounts/emulator-account/models/oss-lora", "base");
        var message = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("message").GetString();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("accounts/fireworks/models/gpt-oss-120b", message, StringComparison.Ordinal);
        Assert.Contains(EmulatorSession.Llama, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_SameModelTwiceOnOneDeployment_Is409AlreadyExists()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        (await session.LoadAsync(EmulatorSession.ChatLora, "base")).Dispose();

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "base");

        await EmulatorSession.AssertErrorAsync(response, 409, 6, "already loaded");
    }

    [Fact]
    public async Task Load_HotReloadDeploymentWithoutReplaceMergedAddon_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("hot", """{"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","acceleratorType":"NVIDIA_H100_80GB","enableHotReloadLatestAddon":true}""");

        using var response = await session.LoadAsync(EmulatorSession.ChatLora, "hot");

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "replaceMergedAddon");
    }

    [Fact]
    public async Task Load_WithReplaceMergedAddon_UnloadsTheAddonThatWasThere()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("hot", """{"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","acceleratorType":"NVIDIA_H100_80GB","enableHotReloadLatestAddon":true}""");
        using var first = await session.LoadAsync(EmulatorSession.ChatLora, "hot", "replaceMergedAddon=true");
        var firstName = (await EmulatorSession.ReadJsonAsync(first)).GetProperty("name").GetString();

        using var second = await session.LoadAsync("accounts/emulator-account/models/support-lora", "hot", "replaceMergedAddon=true");

        Assert.Equal(200, (int)second.StatusCode);
        Assert.Equal("UNDEPLOYING", (await session.GetJsonAsync($"v1/{firstName}")).GetProperty("state").GetString());
        session.Clock.Advance(EmulatorSession.UnloadDelay);
        using var gone = await session.Http.GetAsync($"v1/{firstName}");
        await EmulatorSession.AssertErrorAsync(gone, 404, 5);
    }

    [Fact]
    public async Task Load_ModelThatFailsToLoad_EndsInStateUnspecifiedWithInternalStatus()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        using var response = await session.LoadAsync("accounts/emulator-account/models/chat-lora-fail-load", "base");
        var name = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("name").GetString();

        session.Clock.Advance(EmulatorSession.LoadDelay);
        var failed = await session.GetJsonAsync($"v1/{name}");

        Assert.Equal("STATE_UNSPECIFIED", failed.GetProperty("state").GetString());
        Assert.Equal("INTERNAL", failed.GetProperty("status").GetProperty("code").GetString());
        Assert.Contains("chat-lora-fail-load", failed.GetProperty("status").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ModelThatVanishes_LeavesNoRecordAfterTheLoadDelay()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        using var response = await session.LoadAsync("accounts/emulator-account/models/chat-lora-vanish-load", "base");
        var name = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("name").GetString();

        session.Clock.Advance(EmulatorSession.LoadDelay);
        using var gone = await session.Http.GetAsync($"v1/{name}");

        await EmulatorSession.AssertErrorAsync(gone, 404, 5);
    }

    [Fact]
    public async Task Load_OutputOnlyOrUnknownField_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);

        using var outputOnly = await session.LoadAsync(EmulatorSession.ChatLora, "base", extraFields: ",\"state\":\"DEPLOYED\"");
        using var unknown = await session.LoadAsync(EmulatorSession.ChatLora, "base", extraFields: ",\"deployedModelId\":\"x\"");

        await EmulatorSession.AssertErrorAsync(outputOnly, 400, 3, "output only");
        await EmulatorSession.AssertErrorAsync(unknown, 400, 3, "unknown field \"deployedModelId\"");
    }

    [Fact]
    public async Task Unload_GoesUndeployingThenTheRecordIsGone()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        using var response = await session.Http.DeleteAsync($"{session.DeployedModels}/{id}");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await EmulatorSession.ReadJsonAsync(response)).ValueKind);
        Assert.Equal("UNDEPLOYING", (await session.GetJsonAsync($"{session.DeployedModels}/{id}")).GetProperty("state").GetString());
        session.Clock.Advance(EmulatorSession.UnloadDelay);
        using var gone = await session.Http.GetAsync($"{session.DeployedModels}/{id}");
        await EmulatorSession.AssertErrorAsync(gone, 404, 5, id);
    }

    [Fact]
    public async Task Update_ChangingSomething_GoesUpdatingThenDeployed()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        using var response = await session.Http.PatchAsync($"{session.DeployedModels}/{id}?updateMask=display_name,public", EmulatorSession.Json("""{"displayName":"Renamed","public":true}"""));
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal("UPDATING", body.GetProperty("state").GetString());
        Assert.Equal("Renamed", body.GetProperty("displayName").GetString());
        Assert.True(body.GetProperty("public").GetBoolean());
        session.Clock.Advance(EmulatorSession.LoadDelay);
        Assert.Equal("DEPLOYED", (await session.GetJsonAsync($"{session.DeployedModels}/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Update_WithoutMask_UnchangedValues_StaysDeployed()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        using var response = await session.Http.PatchAsync($"{session.DeployedModels}/{id}", EmulatorSession.Json("""{"default":true}"""));

        Assert.Equal("DEPLOYED", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("""{"model":"accounts/emulator-account/models/support-lora"}""", "model")]
    [InlineData("""{"deployment":"accounts/emulator-account/deployments/other"}""", "deployment")]
    public async Task Update_ChangingModelOrDeployment_Is400FailedPrecondition(string body, string field)
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        using var response = await session.Http.PatchAsync($"{session.DeployedModels}/{id}", EmulatorSession.Json(body));

        await EmulatorSession.AssertErrorAsync(response, 400, 9, $"\"{field}\"");
    }

    [Fact]
    public async Task Update_MakingAnotherDeploymentTheDefault_ClearsTheOldDefault()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("one", EmulatorSession.AddonBody);
        await session.CreateReadyAsync("two", EmulatorSession.AddonBody);
        var first = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "one");
        var second = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "two");

        using var response = await session.Http.PatchAsync($"{session.DeployedModels}/{second}?updateMask=default", EmulatorSession.Json("""{"default":true}"""));

        Assert.True((await EmulatorSession.ReadJsonAsync(response)).GetProperty("default").GetBoolean());
        Assert.False((await session.GetJsonAsync($"{session.DeployedModels}/{first}")).GetProperty("default").GetBoolean());
    }

    [Fact]
    public async Task List_FiltersByDeploymentAndModel_AndPagesByName()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("one", EmulatorSession.AddonBody);
        await session.CreateReadyAsync("two", EmulatorSession.AddonBody);
        await session.LoadDeployedAsync(EmulatorSession.ChatLora, "one");
        await session.LoadDeployedAsync("accounts/emulator-account/models/support-lora", "one");
        await session.LoadDeployedAsync(EmulatorSession.ChatLora, "two");
        var filter = Uri.EscapeDataString($"deployment=\"{session.DeploymentName("one")}\" AND model=\"{EmulatorSession.ChatLora}\"");

        var filtered = await session.GetJsonAsync($"{session.DeployedModels}?filter={filter}");
        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await session.GetJsonAsync($"{session.DeployedModels}?pageSize=1&pageToken={Uri.EscapeDataString(token ?? "")}");
            names.AddRange(page.GetProperty("deployedModels").EnumerateArray().Select(d => d.GetProperty("name").GetString()!));
            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(1, filtered.GetProperty("totalSize").GetInt32());
        Assert.Equal(session.DeploymentName("one"), filtered.GetProperty("deployedModels")[0].GetProperty("deployment").GetString());
        Assert.Equal(3, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task List_FilterOnAnotherField_Is400NamingIt()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{session.DeployedModels}?filter={Uri.EscapeDataString("state=DEPLOYED")}");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "\"state\"");
    }

    [Fact]
    public async Task Get_ReadMask_ReturnsOnlyTheNamedFields()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        var body = await session.GetJsonAsync($"{session.DeployedModels}/{id}?readMask=name,state");

        Assert.Equal(["name", "state"], body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("DELETE", "?hard=true")]
    [InlineData("DELETE", "")]
    public async Task DeletingTheDeployment_RemovesItsDeployedModels(string method, string query)
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        using var delete = await session.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{session.Deployments}/base{query}"));
        using var get = await session.Http.GetAsync($"{session.DeployedModels}/{id}");

        Assert.Equal(200, (int)delete.StatusCode);
        await EmulatorSession.AssertErrorAsync(get, 404, 5);
    }
}
