using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.Faults;

public sealed class FaultMiddlewareTests
{
    [Fact]
    public async Task StatusFault_429_CarriesRetryAfterAndExpiresAfterCount()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { Status = 429, RetryAfterSeconds = 7, Count = 1 });

        using var limited = await session.Http.GetAsync(session.Deployments);
        using var next = await session.Http.GetAsync(session.Deployments);

        await EmulatorSession.AssertErrorAsync(limited, 429, 8);
        Assert.Equal(TimeSpan.FromSeconds(7), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(200, (int)next.StatusCode);
    }

    [Fact]
    public async Task StatusFault_5xxBurst_HitsOnlyMatchingRequests()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { Status = 503, Count = 2, Method = "POST", PathContains = "/deployments" });

        using var get = await session.Http.GetAsync(session.Deployments);
        using var first = await session.CreateAsync("dep");
        using var second = await session.CreateAsync("dep");
        using var third = await session.CreateAsync("dep");

        Assert.Equal(200, (int)get.StatusCode);
        await EmulatorSession.AssertErrorAsync(first, 503, 14);
        await EmulatorSession.AssertErrorAsync(second, 503, 14);
        Assert.Equal(200, (int)third.StatusCode);
    }

    [Fact]
    public async Task LatencyFault_HoldsTheResponseUntilTheClockAdvances()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { LatencyMs = 60_000, Count = 1 });

        var pending = session.Http.GetAsync(session.Deployments);
        await WaitUntil(() => session.Emulator.InjectedDelaysStarted == 1);
        Assert.False(pending.IsCompleted);

        session.Clock.Advance(TimeSpan.FromMinutes(1));
        using var response = await pending;
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task LatencyFault_ClientGivesUpWhileHeld_IsLoggedAsUnansweredAndCreatesNothing()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { LatencyMs = 60_000, Count = 1, Method = "POST" });
        using var giveUp = new CancellationTokenSource();

        var pending = session.CreateAsync("held", cancellationToken: giveUp.Token);
        await WaitUntil(() => session.Emulator.InjectedDelaysStarted == 1);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);

        // The held request ends when the server sees the client go (its delay observes the abort), not by the clock.
        await WaitUntil(() => session.Emulator.GetRequestLog().Count == 1);

        Assert.Equal(0, session.Emulator.GetRequestLog()[0].Status);
        Assert.Null(session.Emulator.FindDeployment("held"));
    }

    [Fact]
    public async Task DropConnection_AbortsWithoutAResponse()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { DropConnection = true, Count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => session.Http.GetAsync(session.Deployments));

        using var next = await session.Http.GetAsync(session.Deployments);
        Assert.Equal(200, (int)next.StatusCode);
        Assert.Equal(0, session.Emulator.GetRequestLog()[0].Status);
    }

    [Fact]
    public async Task CommitThenDrop_Create_StoresTheDeploymentButLosesTheResponse()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "create", Count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => session.CreateAsync("dep"));

        Assert.Equal("CREATING", session.Emulator.FindDeployment("dep")?.State);
        using var retry = await session.CreateAsync("dep");
        await EmulatorSession.AssertErrorAsync(retry, 409, 6);
    }

    [Fact]
    public async Task CommitThenDrop_Update_AppliesThePatch()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "update", Count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => session.PatchAsync("dep", "display_name", """{"displayName":"committed"}"""));

        Assert.Equal("committed", (await session.GetAsync("dep")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task CommitThenDrop_Delete_StartsDeletion()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "delete", Count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => session.Http.DeleteAsync($"{session.Deployments}/dep?hard=true"));

        Assert.Equal("DELETING", session.Emulator.FindDeployment("dep")?.State);
    }

    [Fact]
    public async Task CommitThenDrop_FailedOperation_AnswersNormallyAndKeepsTheFault()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "create", Count = 1 });

        using var invalid = await session.CreateAsync("dep", "{}");

        await EmulatorSession.AssertErrorAsync(invalid, 400, 3);
        Assert.Single(session.Emulator.GetFaults());
    }

    [Fact]
    public async Task RequestsPerMinute_RejectsBeyondTheBudgetUntilTheWindowSlides()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.AddFault(new FaultRule { RequestsPerMinute = 2 });

        using var first = await session.Http.GetAsync(session.Deployments);
        session.Clock.Advance(TimeSpan.FromSeconds(20));
        using var second = await session.Http.GetAsync(session.Deployments);
        using var third = await session.Http.GetAsync(session.Deployments);
        session.Clock.Advance(TimeSpan.FromSeconds(40));
        using var afterWindow = await session.Http.GetAsync(session.Deployments);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(200, (int)second.StatusCode);
        await EmulatorSession.AssertErrorAsync(third, 429, 8);
        Assert.Equal(TimeSpan.FromSeconds(40), third.Headers.RetryAfter?.Delta);
        Assert.Equal(200, (int)afterWindow.StatusCode);
    }

    [Fact]
    public void AddFault_WithTwoKinds_IsRejected()
    {
        var injector = new Fireworks.Emulator.Faults.FaultInjector();

        Assert.Throws<ArgumentException>(() => injector.Add(new FaultRule { Status = 500, LatencyMs = 10 }));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    [Fact]
    public async Task CommitThenDrop_Create_AlsoMatchesADeployedModelLoad()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "create", PathContains = "/deployedModels", Count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => session.LoadAsync(EmulatorSession.ChatLora, "base"));

        var listed = await session.GetJsonAsync($"{session.DeployedModels}?filter={Uri.EscapeDataString($"model=\"{EmulatorSession.ChatLora}\"")}");
        Assert.Equal(1, listed.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task CommitThenDrop_Delete_AlsoMatchesADeployedModelUnload()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "delete", Count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => session.Http.DeleteAsync($"{session.DeployedModels}/{id}"));

        Assert.Equal("UNDEPLOYING", (await session.GetJsonAsync($"{session.DeployedModels}/{id}")).GetProperty("state").GetString());
    }
}
