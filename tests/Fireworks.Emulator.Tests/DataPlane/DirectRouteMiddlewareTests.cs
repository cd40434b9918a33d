using System.Net.Http.Headers;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.DataPlane;

public sealed class DirectRouteMiddlewareTests
{
    [Fact]
    public async Task Handle_IsSetOnceReady_InTheDocumentedFormat()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var created = await session.CreateAsync("routed", EmulatorSession.DirectRouteBody);
        Assert.False((await EmulatorSession.ReadJsonAsync(created)).TryGetProperty("directRouteHandle", out _));

        var ready = await session.CreateReadyAsync("routed2", EmulatorSession.DirectRouteBody);

        Assert.Equal("emulator-account-routed2.us-virginia-1.direct.fireworks.ai", ready.GetProperty("directRouteHandle").GetString());
        Assert.Equal("US_VIRGINIA_1", ready.GetProperty("region").GetString());
        Assert.Equal(["routeKey1", "routeKey2"], ready.GetProperty("directRouteApiKeys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task ChatCompletion_ByHostHeader_WithRouteKey_ReturnsOpenAiShapedAnswer()
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("routed", EmulatorSession.DirectRouteBody)).GetProperty("directRouteHandle").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(session.Emulator.BaseUrl, "v1/chat/completions"))
        {
            Content = EmulatorSession.Json("""{"model":"accounts/fireworks/models/qwen3-0p6b","messages":[{"role":"user","content":"hi"}]}"""),
        };
        request.Headers.Host = handle;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "routeKey2");
        using var response = await session.Http.SendAsync(request);
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("chat.completion", body.GetProperty("object").GetString());
        var choice = body.GetProperty("choices")[0];
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.Equal("Hello from routed (emulated)", choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.True(body.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Completion_ByPathPrefix_WithRouteKey_Returns200()
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("routed", EmulatorSession.DirectRouteBody)).GetProperty("directRouteHandle").GetString()!;
        using var client = new HttpClient { BaseAddress = session.Emulator.DirectRouteUrl(handle) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "routeKey1");

        using var response = await client.PostAsync("v1/completions", EmulatorSession.Json("""{"prompt":"Say hi"}"""));
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal("text_completion", body.GetProperty("object").GetString());
        Assert.Equal("Hello from routed (emulated)", body.GetProperty("choices")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fw-emulator-key")]
    [InlineData("wrongKey")]
    public async Task ChatCompletion_WithoutARouteKey_Is401(string? key)
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("routed", EmulatorSession.DirectRouteBody)).GetProperty("directRouteHandle").GetString()!;
        using var client = new HttpClient { BaseAddress = session.Emulator.DirectRouteUrl(handle) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await client.PostAsync("v1/chat/completions", EmulatorSession.Json("{}"));
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ChatCompletion_WhileCreating_Is503()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("routed", EmulatorSession.DirectRouteBody)).Dispose();
        using var client = new HttpClient { BaseAddress = session.Emulator.DirectRouteUrl("emulator-account-routed.us-virginia-1.direct.fireworks.ai") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "routeKey1");

        using var response = await client.PostAsync("v1/chat/completions", EmulatorSession.Json("{}"));

        Assert.Equal(503, (int)response.StatusCode);
    }

    [Fact]
    public async Task ChatCompletion_OnUnknownHandle_Is404()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var client = new HttpClient { BaseAddress = session.Emulator.DirectRouteUrl("nobody-x.us-iowa-1.direct.fireworks.ai") };

        using var response = await client.PostAsync("v1/chat/completions", EmulatorSession.Json("{}"));

        Assert.Equal(404, (int)response.StatusCode);
    }

    private static async Task<HttpResponseMessage> ChatAsync(EmulatorSession session, string handle, string model)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(session.Emulator.DirectRouteUrl(handle), "v1/chat/completions"))
        {
            Content = EmulatorSession.Json($$"""{"model":"{{model}}","messages":[{"role":"user","content":"hi"}]}"""),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "routeKey1");
        return await session.Http.SendAsync(request);
    }

    [Fact]
    public async Task ChatCompletion_LoraByModelHashDeployment_IsServedOnceDeployed()
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("base", EmulatorSession.AddonBody)).GetProperty("directRouteHandle").GetString()!;
        var model = $"{EmulatorSession.ChatLora}#{session.DeploymentName("base")}";
        (await session.LoadAsync(EmulatorSession.ChatLora, "base")).Dispose();

        using var loading = await ChatAsync(session, handle, model);
        session.Clock.Advance(EmulatorSession.LoadDelay);
        using var served = await ChatAsync(session, handle, model);

        Assert.Equal(404, (int)loading.StatusCode);
        Assert.Equal("Model not found, inaccessible, and/or not deployed", (await EmulatorSession.ReadJsonAsync(loading)).GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(200, (int)served.StatusCode);
        var content = (await EmulatorSession.ReadJsonAsync(served)).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        Assert.Equal($"Hello from base via {EmulatorSession.ChatLora} (emulated)", content);
    }

    [Fact]
    public async Task ChatCompletion_ByDeployedModelName_IsServedUntilUnloaded()
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("base", EmulatorSession.AddonBody)).GetProperty("directRouteHandle").GetString()!;
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        using var served = await ChatAsync(session, handle, $"accounts/emulator-account/deployedModels/{id}");
        (await session.Http.DeleteAsync($"{session.DeployedModels}/{id}")).Dispose();
        using var unloading = await ChatAsync(session, handle, $"accounts/emulator-account/deployedModels/{id}");
        session.Clock.Advance(EmulatorSession.UnloadDelay);
        using var gone = await ChatAsync(session, handle, $"{EmulatorSession.ChatLora}#{session.DeploymentName("base")}");

        Assert.Equal(200, (int)served.StatusCode);
        Assert.Equal(404, (int)unloading.StatusCode);
        Assert.Equal(404, (int)gone.StatusCode);
    }

    [Theory]
    [InlineData("accounts/fireworks/models/llama-v3p1-8b-instruct")]
    [InlineData("accounts/fireworks/models/llama-v3p1-8b-instruct#accounts/emulator-account/deployments/base")]
    [InlineData("any")]
    public async Task ChatCompletion_BaseModelOrAnyOtherName_IsServedByTheBaseModel(string model)
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("base", EmulatorSession.AddonBody)).GetProperty("directRouteHandle").GetString()!;

        using var response = await ChatAsync(session, handle, model);

        Assert.Equal("Hello from base (emulated)", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("accounts/emulator-account/models/chat-lora")]
    [InlineData("accounts/emulator-account/models/chat-lora#accounts/emulator-account/deployments/other")]
    public async Task ChatCompletion_LoraNotLoadedHere_Is404(string model)
    {
        await using var session = await EmulatorSession.StartAsync();
        var handle = (await session.CreateReadyAsync("base", EmulatorSession.AddonBody)).GetProperty("directRouteHandle").GetString()!;

        using var response = await ChatAsync(session, handle, model);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("NOT_FOUND", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }
}
