using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks;

public class FireworksClientTests
{
    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    [Fact]
    public async Task Get_SendsBearerKeyAndUserAgent()
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.GetDeploymentAsync("accounts/acme/deployments/d1"));

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer " + FireworksTestClient.ApiKey, request.Authorization);
        Assert.StartsWith("pulumi-resource-fireworks/", request.UserAgent, StringComparison.Ordinal);
        Assert.Equal("/v1/accounts/acme/deployments/d1", request.Path);
    }

    [Fact]
    public async Task Get_MissingDeployment_ReturnsNull()
    {
        handler.Reply(HttpStatusCode.NotFound, """{"code":5,"message":"not found"}""");
        using var client = FireworksTestClient.Create(handler, time);

        Assert.Null(await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1")));
    }

    [Fact]
    public async Task Get_ResponseWithUnknownFields_IsRead()
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1", extra: ""","futureField":{"x":[1,2]},"replicaStats":{"readyReplicaCount":1,"brandNewCount":4}"""));
        using var client = FireworksTestClient.Create(handler, time);

        var deployment = await time.RunAsync(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal("READY", deployment!.State);
        Assert.Equal(1, deployment.ReplicaStats!.ReadyReplicaCount);
    }

    [Fact]
    public async Task Update_MaskNamesExactlyTheSetFieldsInSnakeCase()
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "UPDATING"));
        using var client = FireworksTestClient.Create(handler, time);
        var changes = new DeploymentSpec
        {
            DisplayName = "new",
            MinReplicaCount = 1,
            AutoscalingPolicy = new AutoscalingPolicy { ScaleUpWindow = "30s" },
            DirectRouteApiKeys = ["key1"],
        };

        await time.RunAsync(() => client.Deployments.UpdateDeploymentAsync("d1", changes));

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal("display_name,min_replica_count,autoscaling_policy,direct_route_api_keys", request.Query("updateMask"));
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(["displayName", "minReplicaCount", "autoscalingPolicy", "directRouteApiKeys"], body.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Update_ClearingAField_SendsTheEmptyValueAndNamesItInTheMask()
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.UpdateDeploymentAsync("d1", new DeploymentSpec { Description = "", Annotations = new Dictionary<string, string>() }));

        Assert.Equal("description,annotations", handler.Requests[0].Query("updateMask"));
    }

    [Fact]
    public async Task Update_NothingSet_IsRefusedWithoutARequest()
    {
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Deployments.UpdateDeploymentAsync("d1", new DeploymentSpec()));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Update_Retried_SendsTheSameMaskAndBody()
    {
        handler.Reply(HttpStatusCode.ServiceUnavailable).Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1"));
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.UpdateDeploymentAsync("d1", new DeploymentSpec { MaxReplicaCount = 3 }));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].Uri, handler.Requests[1].Uri);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
    }

    [Fact]
    public async Task Delete_SendsHardAndIgnoreChecks()
    {
        handler.Reply(HttpStatusCode.OK, "{}");
        using var client = FireworksTestClient.Create(handler, time);

        var deleted = await time.RunAsync(() => client.Deployments.DeleteDeploymentAsync("d1", new() { Hard = true, IgnoreChecks = true }));

        Assert.True(deleted);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("true", request.Query("hard"));
        Assert.Equal("true", request.Query("ignoreChecks"));
    }

    [Fact]
    public async Task Delete_AlreadyGone_SucceedsAndSaysSo()
    {
        handler.Reply(HttpStatusCode.NotFound, """{"code":5,"message":"not found"}""");
        using var client = FireworksTestClient.Create(handler, time);

        Assert.False(await time.RunAsync(() => client.Deployments.DeleteDeploymentAsync("d1")));
    }

    [Fact]
    public async Task Undelete_PostsAnEmptyObjectToTheUndeleteVerb()
    {
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("d1", "CREATING"));
        using var client = FireworksTestClient.Create(handler, time);

        var restored = await time.RunAsync(() => client.Deployments.UndeleteDeploymentAsync("d1"));

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/accounts/acme/deployments/d1:undelete", request.Path);
        Assert.Equal("{}", request.Body);
        Assert.Equal("CREATING", restored.State);
    }

    [Fact]
    public async Task List_FollowsNextPageTokenToTheEnd()
    {
        handler.Reply(HttpStatusCode.OK, $$"""{"deployments":[{{DeploymentJson.Deployment("a")}},{{DeploymentJson.Deployment("b")}}],"nextPageToken":"p2"}""");
        handler.Reply(HttpStatusCode.OK, $$"""{"deployments":[{{DeploymentJson.Deployment("c")}}],"nextPageToken":"p3"}""");
        handler.Reply(HttpStatusCode.OK, """{"deployments":[],"nextPageToken":""}""");
        using var client = FireworksTestClient.Create(handler, time);

        var names = await time.RunAsync(async () =>
        {
            var list = new List<string>();
            await foreach (var d in client.Deployments.ListDeploymentsAsync(new() { PageSize = 2, ShowDeleted = true }))
            {
                list.Add(d.Name!);
            }

            return list;
        });

        Assert.Equal(["accounts/acme/deployments/a", "accounts/acme/deployments/b", "accounts/acme/deployments/c"], names);
        Assert.Equal([null, "p2", "p3"], handler.Requests.Select(r => r.Query("pageToken")));
        Assert.All(handler.Requests, r => Assert.Equal("2", r.Query("pageSize")));
        Assert.All(handler.Requests, r => Assert.Equal("true", r.Query("showDeleted")));
    }

    [Fact]
    public async Task List_RepeatedPageToken_FailsInsteadOfLoopingForever()
    {
        handler.Fallback = _ => StubHttpHandler.Response(HttpStatusCode.OK, """{"deployments":[],"nextPageToken":"same"}""");
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(async () =>
        {
            await foreach (var unused in client.Deployments.ListDeploymentsAsync())
            {
            }
        }));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task GetAccount_ReadsTheConfiguredAccount()
    {
        handler.Reply(HttpStatusCode.OK, """{"name":"accounts/acme","displayName":"Acme","state":"READY"}""");
        using var client = FireworksTestClient.Create(handler, time);

        var account = await time.RunAsync(() => client.Accounts.GetAccountAsync());

        Assert.Equal("accounts/acme", account.Name);
        Assert.Equal("/v1/accounts/acme", handler.Requests[0].Path);
    }

    [Fact]
    public async Task GetAccount_BadKey_ThrowsUnauthenticated()
    {
        handler.Reply(HttpStatusCode.Unauthorized, """{"code":16,"message":"invalid API key"}""", m => m.Headers.Add("x-request-id", "req-42"));
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Accounts.GetAccountAsync()));

        Assert.Equal(401, error.Status);
        Assert.Equal("UNAUTHENTICATED", error.ErrorCode);
        Assert.Equal("req-42", error.RequestId);
        Assert.Equal("Fireworks get account accounts/acme failed: HTTP 401 UNAUTHENTICATED (code 16): invalid API key (request id: req-42)", error.Message);
    }

    [Fact]
    public async Task Errors_EchoingTheApiKeyOrADirectRouteKey_AreRedacted()
    {
        var echo = $$"""{"code":3,"message":"bad key {{FireworksTestClient.ApiKey}} and route key SuperSecretRouteKey9"}""";
        handler.Reply(HttpStatusCode.BadRequest, echo);
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() =>
            client.Deployments.UpdateDeploymentAsync("d1", new DeploymentSpec { DirectRouteApiKeys = ["SuperSecretRouteKey9"] })));

        Assert.DoesNotContain(FireworksTestClient.ApiKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SuperSecretRouteKey9", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SuperSecretRouteKey9", error.ServerMessage!, StringComparison.Ordinal);
        Assert.Contains("bad key [redacted] and route key [redacted]", error.Message, StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", error.ErrorCode);
    }
}
