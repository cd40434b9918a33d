using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks;

public class FireworksClientCreateTests
{
    private const string Model = "accounts/fireworks/models/llama-v3p1-8b-instruct";

    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    private static DeploymentSpec Spec => new()
    {
        BaseModel = Model,
        DisplayName = "chat",
        MinReplicaCount = 0,
        MaxReplicaCount = 2,
        Placement = new Placement { Region = "US_ARIZONA_1" },
        AutoscalingPolicy = new AutoscalingPolicy { ScaleToZeroWindow = "5m" },
        DeploymentShape = "accounts/fireworks/deploymentShapes/small",
    };

    private const string EchoedFields =
        ",\"displayName\":\"chat\",\"minReplicaCount\":0,\"maxReplicaCount\":2,\"placement\":{\"region\":\"US_ARIZONA_1\"}"
        + ",\"autoscalingPolicy\":{\"scaleToZeroWindow\":\"300s\",\"scaleUpWindow\":\"30s\"}"
        + ",\"deploymentShape\":\"accounts/fireworks/deploymentShapes/small/versions/3\",\"acceleratorType\":\"NVIDIA_H100_80GB\"";

    // What the service echoes: the shape versioned, durations as seconds, defaults filled in.
    private static string Echo(string id, string state = "CREATING") => DeploymentJson.Deployment(id, state, Model, EchoedFields);

    [Fact]
    public async Task Create_SendsIdAsQueryAndOnlyTheFieldsThatWereSet()
    {
        handler.Reply(HttpStatusCode.OK, Echo("chat-1"));
        using var client = FireworksTestClient.Create(handler, time);

        var created = await time.RunAsync(() => client.Deployments.CreateDeploymentAsync(new DeploymentSpec { BaseModel = Model, MinReplicaCount = 0 }, new() { DeploymentId = "chat-1" }));

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/accounts/acme/deployments", request.Path);
        Assert.Equal("chat-1", request.Query("deploymentId"));
        Assert.Null(request.Query("validateOnly"));
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(["baseModel", "minReplicaCount"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("accounts/acme/deployments/chat-1", created.Name);
    }

    [Fact]
    public async Task Create_WithFlags_SendsEveryQueryFlag()
    {
        handler.Reply(HttpStatusCode.OK, Echo("chat-1"));
        using var client = FireworksTestClient.Create(handler, time);
        var options = new CreateDeploymentOptions
        {
            DeploymentId = "chat-1",
            ValidateOnly = true,
            SkipShapeValidation = true,
            DisableAutoDeploy = true,
            DisableSpeculativeDecoding = true,
            SkipImageTagValidation = true,
        };

        await time.RunAsync(() => client.Deployments.CreateDeploymentAsync(Spec, options));

        var request = Assert.Single(handler.Requests);
        foreach (var flag in new[] { "validateOnly", "skipShapeValidation", "disableAutoDeploy", "disableSpeculativeDecoding", "skipImageTagValidation" })
        {
            Assert.Equal("true", request.Query(flag));
        }
    }

    [Fact]
    public async Task Create_WithoutId_SendsAGeneratedValidId()
    {
        handler.Reply(HttpStatusCode.OK, Echo("x"));
        using var client = FireworksTestClient.Create(handler, time);

        await time.RunAsync(() => client.Deployments.CreateDeploymentAsync(Spec));

        Assert.True(DeploymentName.IsValidDeploymentId(handler.Requests[0].Query("deploymentId")));
    }

    [Fact]
    public async Task Create_InvalidId_IsRefusedWithoutARequest()
    {
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Deployments.CreateDeploymentAsync(Spec, new() { DeploymentId = "Bad_Id" }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Create_LostResponseThenConflict_AdoptsOurDeploymentWithoutASecondCreate()
    {
        var committed = 0;
        handler.Reply(r => { committed++; throw new HttpRequestException("connection reset after the server committed"); });
        handler.Reply(HttpStatusCode.Conflict, """{"code":6,"message":"deployment already exists"}""");
        handler.Reply(HttpStatusCode.OK, Echo("chat-1"));
        using var client = FireworksTestClient.Create(handler, time);

        var adopted = await time.RunAsync(() => client.Deployments.CreateDeploymentAsync(Spec, new() { DeploymentId = "chat-1" }));

        Assert.Equal(1, committed);
        Assert.Equal("accounts/acme/deployments/chat-1", adopted.Name);
        var posts = handler.Requests.Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("chat-1", p.Query("deploymentId")));
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Equal(HttpMethod.Get, handler.Requests[2].Method);
        Assert.Equal("/v1/accounts/acme/deployments/chat-1", handler.Requests[2].Path);
    }

    [Fact]
    public async Task Create_ConflictOnRetryWithSomeoneElsesDeployment_ThrowsConflict()
    {
        handler.Reply(HttpStatusCode.ServiceUnavailable);
        handler.Reply(HttpStatusCode.Conflict, """{"code":6,"message":"deployment already exists"}""");
        handler.Reply(HttpStatusCode.OK, DeploymentJson.Deployment("chat-1", baseModel: "accounts/fireworks/models/other"));
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.CreateDeploymentAsync(Spec, new() { DeploymentId = "chat-1" })));

        Assert.True(error.IsConflict);
        Assert.Equal("ALREADY_EXISTS", error.ErrorCode);
        Assert.Contains("baseModel differs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ConflictOnRetryWithSoftDeletedDeployment_ThrowsConflict()
    {
        handler.Reply(HttpStatusCode.GatewayTimeout);
        handler.Reply(HttpStatusCode.Conflict, """{"code":6,"message":"exists"}""");
        handler.Reply(HttpStatusCode.OK, Echo("chat-1", state: "DELETED"));
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.CreateDeploymentAsync(Spec, new() { DeploymentId = "chat-1" })));

        Assert.Contains("DELETED", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ConflictOnFirstAttempt_IsNeverAdopted()
    {
        handler.Reply(HttpStatusCode.Conflict, """{"code":6,"message":"deployment already exists"}""");
        using var client = FireworksTestClient.Create(handler, time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => time.RunAsync(() => client.Deployments.CreateDeploymentAsync(Spec, new() { DeploymentId = "chat-1" })));

        Assert.Equal(409, error.Status);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Create_WithoutBaseModel_IsRefused()
    {
        using var client = FireworksTestClient.Create(handler, time);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Deployments.CreateDeploymentAsync(new DeploymentSpec { DisplayName = "x" }, new() { DeploymentId = "x" }));

        Assert.Empty(handler.Requests);
    }
}
