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
}
