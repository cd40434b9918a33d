using System.Net.Http.Headers;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class AuthMiddlewareTests
{
    [Fact]
    public async Task Request_WithoutApiKey_Is401Unauthenticated()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Http.DefaultRequestHeaders.Authorization = null;

        using var response = await session.Http.GetAsync(session.Deployments);

        await EmulatorSession.AssertErrorAsync(response, 401, 16);
        Assert.True(response.Headers.Contains("x-request-id"));
    }

    [Fact]
    public async Task Request_WithWrongApiKey_Is401AndDoesNotEchoTheKey()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "fw-wrong-secret");

        using var response = await session.Http.GetAsync(session.Deployments);

        await EmulatorSession.AssertErrorAsync(response, 401, 16);
        Assert.DoesNotContain("fw-wrong-secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ForAnotherAccount_Is403PermissionDenied()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync("v1/accounts/someone-else/deployments");

        await EmulatorSession.AssertErrorAsync(response, 403, 7, "someone-else");
    }

    [Fact]
    public async Task Request_WithAnyConfiguredKey_IsAccepted()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.ApiKeys = ["first", "second"]);
        session.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "second");

        using var response = await session.Http.GetAsync($"v1/accounts/{session.Emulator.AccountId}");

        Assert.Equal(200, (int)response.StatusCode);
        var account = await EmulatorSession.ReadJsonAsync(response);
        Assert.Equal($"accounts/{session.Emulator.AccountId}", account.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListAccounts_ReturnsTheEmulatedAccount()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.AccountId = "acme");

        using var response = await session.Http.GetAsync("v1/accounts");

        var body = await EmulatorSession.ReadJsonAsync(response);
        Assert.Equal("accounts/acme", body.GetProperty("accounts")[0].GetProperty("name").GetString());
    }
}
