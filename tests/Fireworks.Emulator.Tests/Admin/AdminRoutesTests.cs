using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.Admin;

public sealed class AdminRoutesTests
{
    [Fact]
    public async Task Requests_LogsMethodPathQueryAndStatus_ButNotAdminCalls()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("dep")).Dispose();
        (await session.CreateAsync("dep")).Dispose();

        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };
        using var response = await admin.GetAsync("admin/requests");
        var entries = (await EmulatorSession.ReadJsonAsync(response)).EnumerateArray().ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal("POST", entries[0].GetProperty("method").GetString());
        Assert.Equal("/v1/accounts/emulator-account/deployments", entries[0].GetProperty("path").GetString());
        Assert.Equal("?deploymentId=dep", entries[0].GetProperty("query").GetString());
        Assert.Equal([200, 409], entries.Select(e => e.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Faults_PostedOverHttp_TakeEffectAndDeleteClearsThem()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var add = await admin.PostAsync("admin/faults", EmulatorSession.Json("""{"status":500,"count":1}"""));
        using var failed = await session.Http.GetAsync(session.Deployments);
        using var add2 = await admin.PostAsync("admin/faults", EmulatorSession.Json("""{"status":500}"""));
        using var clear = await admin.DeleteAsync("admin/faults");
        using var ok = await session.Http.GetAsync(session.Deployments);

        Assert.Equal(200, (int)add.StatusCode);
        await EmulatorSession.AssertErrorAsync(failed, 500, 13);
        Assert.Equal(200, (int)ok.StatusCode);
    }

    [Fact]
    public async Task Faults_MalformedRule_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var response = await admin.PostAsync("admin/faults", EmulatorSession.Json("""{"status":500,"dropConnection":true}"""));

        await EmulatorSession.AssertErrorAsync(response, 400, 3);
    }

    [Fact]
    public async Task Deployments_ListsSoftDeletedToo()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("gone");
        (await session.Http.DeleteAsync($"{session.Deployments}/gone")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay);
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var response = await admin.GetAsync("admin/deployments");
        var deployments = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("deployments");

        Assert.Equal("DELETED", deployments[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Reset_ForgetsDeploymentsFaultsAndRequests()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("dep")).Dispose();
        session.Emulator.AddFault(new FaultRule { LatencyMs = 1 });
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var response = await admin.PostAsync("admin/reset", null);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(session.Emulator.GetDeployments());
        Assert.Empty(session.Emulator.GetFaults());
        Assert.Empty(session.Emulator.GetRequestLog());
    }
}
