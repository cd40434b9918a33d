using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public class FireworksResiliencePipelineTests
{
    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    [Fact]
    public async Task Get_ServiceUnavailableTwice_RetriesUntilSuccess()
    {
        handler.Reply(HttpStatusCode.ServiceUnavailable).Reply(HttpStatusCode.BadGateway).Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        var deployment = await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal("accounts/acme/deployments/d1", deployment!.Name);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_PersistentServerError_GivesUpAfterMaxRetries()
    {
        handler.Fallback = _ => StubHttpHandler.Response(HttpStatusCode.InternalServerError, """{"code":13,"message":"boom"}""");
        using var client = FireworksTestClient.Create(handler, time, maxRetries: 3);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));

        Assert.Equal(500, error.Status);
        Assert.Equal("INTERNAL", error.ErrorCode);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Get_ClientError_IsNotRetried(HttpStatusCode status)
    {
        handler.Fallback = _ => StubHttpHandler.Response(status, """{"code":3,"message":"no"}""");
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));

        Assert.Equal((int)status, error.Status);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Get_TransientStatus_IsRetried(HttpStatusCode status)
    {
        handler.Reply(status).Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_RetryAfterSeconds_WaitsAsLongAsAsked()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.TooManyRequests, configure: m => m.Headers.Add("Retry-After", "7")); });
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1")); });
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal(TimeSpan.FromSeconds(7), sentAt[1] - sentAt[0]);
    }

    [Fact]
    public async Task Get_RetryAfterHttpDate_WaitsUntilThatDate()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Reply(r =>
        {
            sentAt.Add(time.GetUtcNow());
            return StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, configure: m => m.Headers.RetryAfter = new(time.GetUtcNow().AddSeconds(20)));
        });
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1")); });
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        // HTTP dates have whole-second precision.
        Assert.InRange(sentAt[1] - sentAt[0], TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Get_RetryAfterMilliseconds_WaitsAsLongAsAsked()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.TooManyRequests, configure: m => m.Headers.Add("retry-after-ms", "2500")); });
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1")); });
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal(TimeSpan.FromMilliseconds(2500), sentAt[1] - sentAt[0]);
    }

    [Fact]
    public async Task Get_HugeRetryAfter_IsCappedAtOneMinute()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.TooManyRequests, configure: m => m.Headers.Add("Retry-After", "3600")); });
        handler.Reply(r => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1")); });
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal(TimeSpan.FromSeconds(60), sentAt[1] - sentAt[0]);
    }

    [Fact]
    public async Task Get_ServerSaysDoNotRetry_IsNotRetried()
    {
        handler.Reply(HttpStatusCode.ServiceUnavailable, configure: m => m.Headers.Add("x-should-retry", "false"));
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Get_BackoffGrowsBetweenRetries()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Fallback = _ => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable); };
        using var client = FireworksTestClient.Create(handler, time, maxRetries: 4);

        await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));

        var gaps = sentAt.Zip(sentAt.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, gap => Assert.InRange(gap, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
        Assert.True(gaps[^1] > gaps[0], $"backoff should grow: {string.Join(", ", gaps)}");
    }

    [Fact]
    public async Task Get_ConnectionFailure_IsRetried()
    {
        handler.Throw(new HttpRequestException("connection refused")).Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        var deployment = await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.NotNull(deployment);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_ConnectTimeout_IsRetriedLikeAConnectionFailure()
    {
        // How SocketsHttpHandler reports its ConnectTimeout: a cancellation wrapping a TimeoutException.
        handler.Throw(new TaskCanceledException("connect", new TimeoutException("no connection within 10s")))
            .Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        var deployment = await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.NotNull(deployment);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_ConnectionFailsEveryTime_ThrowsFireworksExceptionWithoutStatus()
    {
        handler.Fallback = _ => throw new HttpRequestException("connection refused");
        using var client = FireworksTestClient.Create(handler, time, maxRetries: 2);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));

        Assert.Equal(0, error.Status);
        Assert.Contains("connection failed after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_AttemptHangs_TimesOutAndRetries()
    {
        handler.Hang().Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time, attemptTimeout: TimeSpan.FromSeconds(10));
        var start = time.GetUtcNow();

        var deployment = await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.NotNull(deployment);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Get_TotalTimeoutPassed_StopsRetrying()
    {
        handler.Fallback = _ => StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable, configure: m => m.Headers.Add("Retry-After", "4"));
        using var client = FireworksTestClient.Create(handler, time, maxRetries: 20, totalTimeout: TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));

        Assert.Equal(0, error.Status);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_CancelledDuringBackoff_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        handler.Reply(r => { cancellation.Cancel(); return StubHttpHandler.Response(HttpStatusCode.ServiceUnavailable); });
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1", cancellation.Token)));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Requests_AtTenPerMinute_TheEleventhWaitsUntilTheFirstHasLeftTheWindow()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Fallback = _ => { sentAt.Add(time.GetUtcNow()); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1")); };
        using var client = FireworksTestClient.Create(handler, time, requestsPerMinute: 10);

        await time.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 11).Select(_ => client.Deployments.GetDeploymentAsync("d1"))));

        // A sliding window, not a burst bucket: ten at once, then one slot a window (plus the margin) after the first answer.
        Assert.Equal(11, sentAt.Count);
        Assert.All(sentAt.Take(10), at => Assert.Equal(sentAt[0], at));
        Assert.Equal(RequestRateLimiter.Window + RequestRateLimiter.SafetyMargin, sentAt[10] - sentAt[0]);
    }

    [Fact]
    public async Task TooManyRequests_ToOneCall_HoldsBackACallStartedLater()
    {
        var sent = new List<(string Path, DateTimeOffset At)>();
        handler.Reply(r =>
        {
            sent.Add((r.Path, time.GetUtcNow()));
            return StubHttpHandler.Response(HttpStatusCode.TooManyRequests, configure: m => m.Headers.Add("Retry-After", "7"));
        });
        handler.Fallback = r => { sent.Add((r.Path, time.GetUtcNow())); return StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1")); };
        using var client = FireworksTestClient.Create(handler, time);
        var start = time.GetUtcNow();

        await time.RunAsync(async () =>
        {
            var throttled = client.Deployments.GetDeploymentAsync("d1");
            await Task.Delay(TimeSpan.FromSeconds(1), time);
            await client.Deployments.GetDeploymentAsync("d2");
            await throttled;
        });

        var other = Assert.Single(sent, s => s.Path.EndsWith("/d2", StringComparison.Ordinal));
        Assert.True(other.At - start >= TimeSpan.FromSeconds(7), $"the other call went {other.At - start} after the 429");
    }

    [Fact]
    public async Task TooManyRequests_TheRetry_WaitsForTheWindowNotOnlyForRetryAfter()
    {
        var sentAt = new List<DateTimeOffset>();
        handler.Fallback = _ =>
        {
            sentAt.Add(time.GetUtcNow());
            return sentAt.Count == 10
                ? StubHttpHandler.Response(HttpStatusCode.TooManyRequests, configure: m => m.Headers.Add("Retry-After", "1"))
                : StubHttpHandler.Response(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        };
        using var client = FireworksTestClient.Create(handler, time, requestsPerMinute: 10);

        await time.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.Deployments.GetDeploymentAsync("d1"))));

        // Nine answered reads and the throttled attempt fill the window of ten: the retry may not bypass it.
        Assert.Equal(11, sentAt.Count);
        Assert.Equal(RequestRateLimiter.Window + RequestRateLimiter.SafetyMargin, sentAt[10] - sentAt[0]);
    }
}
