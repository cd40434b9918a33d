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

    [Fact]
    public async Task MarkInUse_OverHttp_MakesDeleteNeedIgnoreChecks()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var mark = await admin.PostAsync("admin/deployments/dep:markInUse", EmulatorSession.Json("""{"inUse":true}"""));
        using var refused = await session.Http.DeleteAsync($"{session.Deployments}/dep");
        using var unknown = await admin.PostAsync("admin/deployments/ghost:markInUse", EmulatorSession.Json("""{"inUse":true}"""));

        Assert.Equal(200, (int)mark.StatusCode);
        await EmulatorSession.AssertErrorAsync(refused, 400, 9, "in use");
        Assert.Equal(404, (int)unknown.StatusCode);
    }

    [Fact]
    public async Task Options_SwitchTheUnknownOutputFieldsOnAndReportThem()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var set = await admin.PostAsync("admin/options", EmulatorSession.Json("""{"unknownOutputFields":true}"""));
        using var reply = await session.Http.GetAsync(session.Deployments);

        Assert.True((await EmulatorSession.ReadJsonAsync(set)).GetProperty("unknownOutputFields").GetBoolean());
        Assert.True((await EmulatorSession.ReadJsonAsync(reply)).TryGetProperty("emulatorUnknownEnum", out _));
        Assert.True(session.Emulator.UnknownOutputFields);
    }

    [Fact]
    public async Task Models_PostedOverHttp_CanBeLoaded_AndABadOneIs400()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);

        using var add = await admin.PostAsync("admin/models", EmulatorSession.Json($$"""{"name":"posted-lora","baseModel":"{{EmulatorSession.Llama}}","loadOutcome":"fail"}"""));
        using var bad = await admin.PostAsync("admin/models", EmulatorSession.Json("""{"name":"x","baseModel":"not-a-model"}"""));
        using var load = await session.LoadAsync("accounts/emulator-account/models/posted-lora", "base");
        session.Clock.Advance(EmulatorSession.LoadDelay);
        var loaded = await session.GetJsonAsync($"v1/{(await EmulatorSession.ReadJsonAsync(load)).GetProperty("name").GetString()}");

        Assert.Equal("accounts/emulator-account/models/posted-lora", (await EmulatorSession.ReadJsonAsync(add)).GetProperty("name").GetString());
        await EmulatorSession.AssertErrorAsync(bad, 400, 3, "baseModel");
        Assert.Equal("STATE_UNSPECIFIED", loaded.GetProperty("state").GetString());
    }

    [Fact]
    public async Task DeploymentShapes_PostedOverHttp_AddAVersionThatBecomesTheLatestValidated()
    {
        await using var session = await EmulatorSession.StartAsync();
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var add = await admin.PostAsync("admin/deploymentShapes", EmulatorSession.Json($$"""
            {"name":"accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal",
             "versions":[{"versionId":"mnml8b02","baseModel":"{{EmulatorSession.Llama}}","acceleratorType":"NVIDIA_B200_180GB","enableAddons":true}]}
            """));
        var shape = await session.GetJsonAsync("v1/accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal");
        using var duplicate = await admin.PostAsync("admin/deploymentShapes", EmulatorSession.Json("""
            {"name":"accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal","versions":[{"versionId":"mnml8b02"}]}
            """));

        Assert.True(add.IsSuccessStatusCode, await add.Content.ReadAsStringAsync());
        Assert.Equal("NVIDIA_B200_180GB", shape.GetProperty("acceleratorType").GetString());
        await EmulatorSession.AssertErrorAsync(duplicate, 400, 3, "mnml8b02");
    }

    [Fact]
    public async Task Reset_ForgetsDeployedModelsAndAddedShapes_ButKeepsTheSeeds()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");
        session.Emulator.AddDeploymentShape(new DeploymentShapeDefinition { Name = "accounts/fireworks/deploymentShapes/extra", Versions = [new DeploymentShapeVersionDefinition()] });
        using var admin = new HttpClient { BaseAddress = session.Emulator.BaseUrl };

        using var reset = await admin.PostAsync("admin/reset", null);
        using var extra = await session.Http.GetAsync("v1/accounts/fireworks/deploymentShapes/extra");

        Assert.Equal(0, (await session.GetJsonAsync(session.DeployedModels)).GetProperty("totalSize").GetInt32());
        await EmulatorSession.AssertErrorAsync(extra, 404, 5);
        Assert.Equal(200, (int)(await session.Http.GetAsync("v1/accounts/fireworks/deploymentShapes/small")).StatusCode);
    }
}
