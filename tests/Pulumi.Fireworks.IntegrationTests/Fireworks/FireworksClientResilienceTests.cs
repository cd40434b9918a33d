using Fireworks.Emulator;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.IntegrationTests.Fireworks;

/// <summary>Retries and rate limits against the emulator's faults, on the shared fake clock.</summary>
public sealed class FireworksClientResilienceTests : IAsyncLifetime
{
    private EmulatorSession session = null!;

    public async Task InitializeAsync() => session = await EmulatorSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_IsRetriedNoSoonerThanAsked()
    {
        await session.CreateReadyAsync("chat-1");
        session.Emulator.ClearRequestLog();
        session.Emulator.AddFault(new FaultRule { Status = 429, RetryAfterSeconds = 30, Count = 1 });

        var read = await session.RunAsync(() => session.Client.Deployments.GetDeploymentAsync("chat-1"));

        Assert.Equal(DeploymentStates.Ready, read!.State);
        var log = session.Emulator.GetRequestLog();
        Assert.Equal([429, 200], log.Select(r => r.Status));
        Assert.True(log[1].Time - log[0].Time >= TimeSpan.FromSeconds(30), $"retried after {log[1].Time - log[0].Time}");
    }

    [Fact]
    public async Task ServerErrorBurst_IsRetriedWithBackoff_AndTheCreateHappensOnce()
    {
        session.Emulator.AddFault(new FaultRule { Status = 503, Count = 2 });
        session.Emulator.AddFault(new FaultRule { Status = 502, Count = 1 });

        var created = await session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" }));

        Assert.Equal(DeploymentStates.Creating, created.State);
        Assert.Single(session.Emulator.GetDeployments());
        var log = session.Emulator.GetRequestLog();
        Assert.Equal(4, log.Count);
        Assert.Equal(200, log[^1].Status);
        Assert.All(log.Take(3), r => Assert.True(r.Status is 502 or 503, r.ToString()));
        var gaps = log.Zip(log.Skip(1), (a, b) => b.Time - a.Time).ToList();
        Assert.All(gaps, gap => Assert.True(gap > TimeSpan.Zero, "every retry waited"));
        Assert.True(gaps[2] > gaps[0], $"backoff grows: {string.Join(", ", gaps)}");
    }

    [Fact]
    public async Task ServerErrorsBeyondMaxRetries_FailWithTheLastStatus()
    {
        session.Emulator.AddFault(new FaultRule { Status = 500 });
        var client = session.CreateClient(maxRetries: 2);

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => client.Deployments.GetDeploymentAsync("chat-1")));

        Assert.Equal(500, error.Status);
        Assert.Equal(3, session.Emulator.GetRequestLog().Count);
    }

    [Fact]
    public async Task ServerRequestsPerMinuteLimit_IsWaitedOut_AndEveryCallSucceeds()
    {
        session.Emulator.AddFault(new FaultRule { RequestsPerMinute = 5 });

        var reads = await session.RunAsync(async () =>
        {
            var results = new List<Deployment?>();
            for (var i = 0; i < 8; i++)
            {
                results.Add(await session.Client.Deployments.GetDeploymentAsync("chat-1"));
            }

            return results;
        });

        Assert.Equal(8, reads.Count);
        var log = session.Emulator.GetRequestLog();
        Assert.Equal(8, log.Count(r => r.Status == 404));
        Assert.Contains(log, r => r.Status == 429);
        Assert.True(log[^1].Time - log[0].Time >= TimeSpan.FromMinutes(1), "the last three waited for the window to move");
    }

    [Fact]
    public async Task ClientRequestsPerMinuteBudget_KeepsUnderTheServerLimit_WithoutA429()
    {
        session.Emulator.AddFault(new FaultRule { RequestsPerMinute = 12 });
        var client = session.CreateClient(requestsPerMinute: 10);

        await session.RunAsync(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await client.Deployments.GetDeploymentAsync("chat-1");
            }
        });

        var log = session.Emulator.GetRequestLog();
        Assert.Equal(15, log.Count);
        Assert.All(log, r => Assert.Equal(404, r.Status));
        Assert.True(log[^1].Time - log[0].Time >= TimeSpan.FromMinutes(1), "15 requests at 10 per minute span more than a minute");
    }
}
