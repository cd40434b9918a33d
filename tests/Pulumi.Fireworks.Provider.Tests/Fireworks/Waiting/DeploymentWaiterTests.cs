using System.Net;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Waiting;

public class DeploymentWaiterTests
{
    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    /// <summary>Answers GETs with CREATING until <paramref name="readyAfter"/> has passed, then with <paramref name="finalJson"/>.</summary>
    private void ServeCreatingUntil(TimeSpan readyAfter, string finalJson, HttpStatusCode finalStatus = HttpStatusCode.OK)
    {
        var start = time.GetUtcNow();
        handler.Fallback = _ => time.GetUtcNow() - start >= readyAfter
            ? StubHttpHandler.Response(finalStatus, finalJson)
            : StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "CREATING"));
    }

    [Fact]
    public async Task Wait_ReadyThreeSecondsIn_IsNoticedWithinASecond()
    {
        ServeCreatingUntil(TimeSpan.FromSeconds(3), DeploymentJson.Deployment("d1", "READY"));
        using var client = FireworksTestClient.Create(handler, time);
        var start = time.GetUtcNow();

        var deployment = await time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready), TimeSpan.FromMilliseconds(10));

        Assert.Equal("READY", deployment!.State);
        Assert.InRange(time.GetUtcNow() - start, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Wait_ThirtyMinutesWithoutProgress_MakesFewRequestsThenTimesOut()
    {
        handler.Fallback = _ => StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "CREATING"));
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<DeploymentWaitTimeoutException>(() => time.RunAsync(
            () => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready, new DeploymentWaitOptions { Timeout = TimeSpan.FromMinutes(30) }),
            TimeSpan.FromMilliseconds(250)));

        Assert.InRange(handler.Requests.Count, 100, 150);
        Assert.Equal(TimeSpan.FromMinutes(30), error.Elapsed);
        Assert.Equal("CREATING", error.LastSeen!.State);
        Assert.Contains("accounts/acme/deployments/d1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_PollIntervalNeverExceedsTheCap()
    {
        var polledAt = new List<DateTimeOffset>();
        handler.Fallback = _ => { polledAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "CREATING")); };
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAsync<DeploymentWaitTimeoutException>(() => time.RunAsync(
            () => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready, new DeploymentWaitOptions { Timeout = TimeSpan.FromMinutes(5) }),
            TimeSpan.FromMilliseconds(250)));

        var gaps = polledAt.Zip(polledAt.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal(TimeSpan.FromSeconds(0.5), gaps[0]);
        Assert.All(gaps, gap => Assert.True(gap <= TimeSpan.FromSeconds(15), $"gap {gap}"));
        Assert.Equal(TimeSpan.FromSeconds(15), gaps[^2]);
    }

    [Fact]
    public async Task Wait_SmallRequestBudget_PollsWithinItAndLeavesASlotForMutations()
    {
        var polledAt = new List<DateTimeOffset>();
        handler.Fallback = _ => { polledAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "CREATING")); };
        using var client = FireworksTestClient.Create(handler, time, requestsPerMinute: 10);

        await Assert.ThrowsAsync<DeploymentWaitTimeoutException>(() => time.RunAsync(
            () => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready, new DeploymentWaitOptions { Timeout = TimeSpan.FromMinutes(3) }),
            TimeSpan.FromMilliseconds(250)));

        // Ten a minute, one slot kept for mutations: at most nine polls in any minute, and the budget is used (a fixed
        // 15 s interval made twelve polls in three minutes).
        var busiest = polledAt.Max(at => polledAt.Count(other => other > at - TimeSpan.FromMinutes(1) && other <= at));
        Assert.Equal(9, busiest);
        Assert.True(polledAt.Count >= 18, $"only {polledAt.Count} polls in 3 minutes");
    }

    [Fact]
    public async Task Wait_SmallBudgetWithRoom_NoticesReadyWithinASecond()
    {
        ServeCreatingUntil(TimeSpan.FromSeconds(3), DeploymentJson.Deployment("d1", "READY"));
        using var client = FireworksTestClient.Create(handler, time, requestsPerMinute: 30);
        var start = time.GetUtcNow();

        var deployment = await time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready), TimeSpan.FromMilliseconds(10));

        Assert.Equal("READY", deployment!.State);
        Assert.InRange(time.GetUtcNow() - start, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task UpdateStatus_ReadsAsAPoll()
    {
        Poller? seen = null;
        var api = new Mock<IDeploymentsApi>();
        api.Setup(a => a.GetDeploymentAsync("d1", It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                seen = Poller.Current;
                return Task.FromResult<Deployment?>(new Deployment { Name = "d1", State = "CREATING" });
            });
        var waiter = new DeploymentWaiter(api.Object, "d1", DeploymentWaitTarget.Ready, timeProvider: time);

        await waiter.UpdateStatusAsync();

        Assert.NotNull(seen);
        Assert.Null(Poller.Current);
    }

    [Fact]
    public async Task Wait_Failed_ThrowsWithStatusCodeAndMessage()
    {
        ServeCreatingUntil(
            TimeSpan.FromSeconds(2),
            DeploymentJson.Deployment("d1", "FAILED", extra: ""","status":{"code":"RESOURCE_EXHAUSTED","message":"no H100 capacity in US_ARIZONA_1"}"""));
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<DeploymentFailedException>(() => time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready)));

        Assert.Equal("FAILED", error.State);
        Assert.Equal("RESOURCE_EXHAUSTED", error.StatusCode);
        Assert.Equal("no H100 capacity in US_ARIZONA_1", error.StatusMessage);
        Assert.Contains("RESOURCE_EXHAUSTED", error.Message, StringComparison.Ordinal);
        Assert.Contains("no H100 capacity in US_ARIZONA_1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_FailedStatusEchoingARouteKey_IsRedacted()
    {
        handler.Fallback = _ => StubHttpHandler.Response(
            HttpStatusCode.OK,
            DeploymentJson.Deployment("d1", "FAILED", extra: ""","directRouteApiKeys":["RouteKey123"],"status":{"code":"INVALID_ARGUMENT","message":"bad key RouteKey123"}"""));
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<DeploymentFailedException>(() => time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready)));

        Assert.DoesNotContain("RouteKey123", error.Message, StringComparison.Ordinal);
        Assert.Equal("bad key [redacted]", error.StatusMessage);
    }

    [Fact]
    public async Task Wait_ForReadyButDeploymentVanished_Throws()
    {
        handler.Fallback = _ => StubHttpHandler.Response(HttpStatusCode.NotFound, """{"code":5,"message":"not found"}""");
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<DeploymentFailedException>(() => time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready)));

        Assert.Null(error.State);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, """{"code":5,"message":"not found"}""")]
    [InlineData(HttpStatusCode.OK, """{"name":"accounts/acme/deployments/d1","state":"DELETED"}""")]
    public async Task Wait_ForGone_EndsOnNotFoundOrDeleted(HttpStatusCode status, string body)
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "DELETING"));
        handler.Fallback = _ => StubHttpHandler.Response(status, body);
        using var client = FireworksTestClient.Create(handler, time);

        var result = await time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Gone));

        Assert.Null(result);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Wait_ReportsProgressOnEveryPoll()
    {
        ServeCreatingUntil(TimeSpan.FromSeconds(1), DeploymentJson.Deployment("d1", "READY"));
        using var client = FireworksTestClient.Create(handler, time);
        var reports = new List<DeploymentWaitProgress>();
        var options = new DeploymentWaitOptions { Progress = new SynchronousProgress<DeploymentWaitProgress>(reports.Add) };

        await time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready, options));

        Assert.Equal(handler.Requests.Count, reports.Count);
        Assert.Equal("CREATING", reports[0].State);
        Assert.Equal(TimeSpan.Zero, reports[0].Elapsed);
        Assert.Equal("READY", reports[^1].State);
        Assert.Equal(1, reports[^1].ReplicaCount);
        Assert.Equal(1, reports[^1].DesiredReplicaCount);
        Assert.Equal(reports.Count, reports[^1].Polls);
    }

    [Fact]
    public async Task Wait_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var polls = 0;
        handler.Fallback = _ =>
        {
            if (++polls == 3)
            {
                cancellation.Cancel();
            }

            return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "CREATING"));
        };
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => time.RunAsync(() => client.Deployments.WaitForDeploymentAsync("d1", DeploymentWaitTarget.Ready, cancellationToken: cancellation.Token)));

        Assert.Equal(3, polls);
    }

    [Fact]
    public async Task UpdateStatus_PollsOnceAndSaysWhetherTheTargetWasReached()
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "UPDATING")).Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "READY"));
        using var client = FireworksTestClient.Create(handler, time);
        var waiter = client.Deployments.StartWaiting("d1", DeploymentWaitTarget.Ready);

        Assert.False(await time.RunAsync(() => waiter.UpdateStatusAsync()));
        Assert.Equal("UPDATING", waiter.Current!.State);
        Assert.True(await time.RunAsync(() => waiter.UpdateStatusAsync()));
        Assert.True(waiter.HasCompleted);
        Assert.Equal(2, waiter.Polls);
    }
}
