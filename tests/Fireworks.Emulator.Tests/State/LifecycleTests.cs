using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.State;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Create_StaysCreatingUntilTheReadyDelayPasses()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("dep")).Dispose();

        session.Clock.Advance(EmulatorSession.ReadyDelay - TimeSpan.FromSeconds(1));
        Assert.Equal("CREATING", (await session.GetAsync("dep")).GetProperty("state").GetString());

        session.Clock.Advance(TimeSpan.FromSeconds(1));
        var ready = await session.GetAsync("dep");
        Assert.Equal("READY", ready.GetProperty("state").GetString());
        Assert.Equal(1, ready.GetProperty("replicaCount").GetInt32());
        Assert.Equal("2026-07-21T12:00:30Z", ready.GetProperty("updateTime").GetString());
    }

    [Theory]
    [InlineData("accounts/fireworks/models/does-not-exist")]
    [InlineData("accounts/fireworks/models/configured-missing")]
    public async Task Create_MissingModel_EndsFailedWithNotFoundStatus(string model)
    {
        await using var session = await EmulatorSession.StartAsync(o => o.MissingModels = ["accounts/fireworks/models/configured-missing"]);
        (await session.CreateAsync("dep", $$"""{"baseModel":"{{model}}","acceleratorType":"NVIDIA_H100_80GB"}""")).Dispose();

        session.Clock.Advance(EmulatorSession.ReadyDelay);
        var failed = await session.GetAsync("dep");

        Assert.Equal("FAILED", failed.GetProperty("state").GetString());
        Assert.Equal("NOT_FOUND", failed.GetProperty("status").GetProperty("code").GetString());
        Assert.Contains(model, failed.GetProperty("status").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SoftDelete_GoesDeletingThenDeleted_HiddenFromListUnlessShowDeleted()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var delete = await session.Http.DeleteAsync($"{session.Deployments}/dep");
        Assert.Equal(200, (int)delete.StatusCode);
        Assert.Equal("DELETING", (await session.GetAsync("dep")).GetProperty("state").GetString());

        session.Clock.Advance(EmulatorSession.DeleteDelay);
        var deleted = await session.GetAsync("dep");
        Assert.Equal("DELETED", deleted.GetProperty("state").GetString());
        Assert.True(deleted.TryGetProperty("deleteTime", out _));
        Assert.True(deleted.TryGetProperty("purgeTime", out _));

        using var list = await session.Http.GetAsync(session.Deployments);
        Assert.Equal(0, (await EmulatorSession.ReadJsonAsync(list)).GetProperty("totalSize").GetInt32());
        using var listDeleted = await session.Http.GetAsync($"{session.Deployments}?showDeleted=true");
        Assert.Equal(1, (await EmulatorSession.ReadJsonAsync(listDeleted)).GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task SoftDeletedId_CannotBeReused()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        (await session.Http.DeleteAsync($"{session.Deployments}/dep")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        using var response = await session.CreateAsync("dep");

        await EmulatorSession.AssertErrorAsync(response, 409, 6);
    }

    [Fact]
    public async Task Undelete_RestoresASoftDeletedDeploymentThroughCreating()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        (await session.Http.DeleteAsync($"{session.Deployments}/dep")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        using var response = await session.Http.PostAsync($"{session.Deployments}/dep:undelete", EmulatorSession.Json("{}"));

        Assert.Equal("CREATING", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("state").GetString());
        session.Clock.Advance(EmulatorSession.ReadyDelay);
        var ready = await session.GetAsync("dep");
        Assert.Equal("READY", ready.GetProperty("state").GetString());
        Assert.False(ready.TryGetProperty("deleteTime", out _));
    }

    [Fact]
    public async Task Undelete_OfALiveDeployment_Is409AlreadyExists()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.Http.PostAsync($"{session.Deployments}/dep:undelete", EmulatorSession.Json("{}"));

        await EmulatorSession.AssertErrorAsync(response, 409, 6);
    }

    [Fact]
    public async Task HardDelete_RemovesTheDeploymentAndFreesItsId()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        (await session.Http.DeleteAsync($"{session.Deployments}/dep?hard=true")).Dispose();
        Assert.Equal("DELETING", (await session.GetAsync("dep")).GetProperty("state").GetString());
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        using var get = await session.Http.GetAsync($"{session.Deployments}/dep");
        await EmulatorSession.AssertErrorAsync(get, 404, 5);
        Assert.Empty(session.Emulator.GetDeployments());
        using var again = await session.CreateAsync("dep");
        Assert.Equal(200, (int)again.StatusCode);
    }

    [Fact]
    public async Task HardDelete_OfASoftDeletedDeployment_PurgesIt()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        (await session.Http.DeleteAsync($"{session.Deployments}/dep")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        using var hard = await session.Http.DeleteAsync($"{session.Deployments}/dep?hard=true&ignoreChecks=true");
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        Assert.Equal(200, (int)hard.StatusCode);
        Assert.Null(session.Emulator.FindDeployment("dep"));
    }

    [Fact]
    public async Task SoftDelete_OfAnAlreadyDeletedDeployment_Is404()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        (await session.Http.DeleteAsync($"{session.Deployments}/dep")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/dep");

        await EmulatorSession.AssertErrorAsync(response, 404, 5);
    }

    [Fact]
    public async Task Delete_WhileCreating_IsAllowedByDefault()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("stuck")).Dispose();

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/stuck?hard=true");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("DELETING", session.Emulator.FindDeployment("stuck")!.State);
    }

    [Fact]
    public async Task Delete_WhileCreating_Is409WhenConfiguredStrict()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.AllowDeleteWhileTransitioning = false);
        (await session.CreateAsync("stuck")).Dispose();

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/stuck");

        await EmulatorSession.AssertErrorAsync(response, 409, 10);
    }

    [Fact]
    public async Task Delete_WhileDeleting_Is409Aborted()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        (await session.Http.DeleteAsync($"{session.Deployments}/dep")).Dispose();

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/dep");

        await EmulatorSession.AssertErrorAsync(response, 409, 10);
    }

    [Fact]
    public async Task SoftDeleted_IsPurgedAfterThePurgeDelay()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.PurgeDelay = TimeSpan.FromHours(1));
        await session.CreateReadyAsync("dep");
        (await session.Http.DeleteAsync($"{session.Deployments}/dep")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay + TimeSpan.FromHours(1));

        using var response = await session.CreateAsync("dep");

        Assert.Equal(200, (int)response.StatusCode);
    }
}
