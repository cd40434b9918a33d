using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.DeployedModels;

public sealed class DeployedModelsClientTests
{
    private const string Lora = "accounts/acme/models/chat-lora";
    private const string Deployment = "accounts/acme/deployments/chat-1";
    private const string Record = """{"name":"accounts/acme/deployedModels/chat-lora-a1b2c3d4","model":"accounts/acme/models/chat-lora","deployment":"accounts/acme/deployments/chat-1","state":"DEPLOYING","default":true}""";

    private readonly FakeTimeProvider _time = new();
    private readonly StubHttpHandler _handler = new();

    private static DeployedModelSpec Load => new() { Model = Lora, Deployment = Deployment, DisplayName = "Chat" };

    [Fact]
    public async Task Create_PostsOnlyTheSetFieldsAndTheLoadFlag_AndReadsTheServiceName()
    {
        _handler.Reply(HttpStatusCode.OK, Record);
        using var client = FireworksTestClient.Create(_handler, _time);

        var created = await client.DeployedModels.CreateDeployedModelAsync(Load, new CreateDeployedModelOptions { ReplaceMergedAddon = true });

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/accounts/acme/deployedModels", request.Path);
        Assert.Equal("true", request.Query("replaceMergedAddon"));
        Assert.Equal($$"""{"displayName":"Chat","model":"{{Lora}}","deployment":"{{Deployment}}"}""", request.Body);
        Assert.Equal("accounts/acme/deployedModels/chat-lora-a1b2c3d4", created.Name);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Create_FailureAfterTheRequestWasSent_IsNotRetried(HttpStatusCode status)
    {
        _handler.Fallback = _ => StubHttpHandler.Response(status, """{"code":14,"message":"try later"}""");
        using var client = FireworksTestClient.Create(_handler, _time);

        var error = await Assert.ThrowsAsync<FireworksException>(() => _time.RunAsync(() => client.DeployedModels.CreateDeployedModelAsync(Load)));

        Assert.Single(_handler.Requests);
        Assert.Equal((int)status, error.Status);
    }

    [Fact]
    public async Task Create_AttemptTimeout_IsNotRetried()
    {
        _handler.Hang().Hang();
        using var client = FireworksTestClient.Create(_handler, _time, attemptTimeout: TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<FireworksException>(() => _time.RunAsync(() => client.DeployedModels.CreateDeployedModelAsync(Load)));

        Assert.Single(_handler.Requests);
        Assert.Equal(0, error.Status);
    }

    [Fact]
    public async Task Create_DroppedConnection_IsNotRetried()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "the server closed the connection"));
        using var client = FireworksTestClient.Create(_handler, _time);

        await Assert.ThrowsAsync<FireworksException>(() => _time.RunAsync(() => client.DeployedModels.CreateDeployedModelAsync(Load)));

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Create_TooManyRequests_IsRetriedThroughTheGate()
    {
        _handler.Reply(HttpStatusCode.TooManyRequests, """{"code":8,"message":"slow down"}""").Reply(HttpStatusCode.OK, Record);
        using var client = FireworksTestClient.Create(_handler, _time);

        var created = await _time.RunAsync(() => client.DeployedModels.CreateDeployedModelAsync(Load));

        Assert.Equal(2, _handler.Requests.Count);
        Assert.NotNull(created.Name);
    }

    [Fact]
    public async Task Create_ConnectionThatCouldNotBeMade_IsRetried()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "connection refused")).Reply(HttpStatusCode.OK, Record);
        using var client = FireworksTestClient.Create(_handler, _time);

        await _time.RunAsync(() => client.DeployedModels.CreateDeployedModelAsync(Load));

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Get_ToleratesUnknownFieldsAndStates_AndNotFoundIsNull()
    {
        _handler.Reply(HttpStatusCode.OK, """{"name":"accounts/acme/deployedModels/x","state":"SOME_FUTURE_STATE","createdBy":"me","serverless":false,"status":{"code":"OK","details":[]}}""")
            .Reply(HttpStatusCode.NotFound, """{"code":5,"message":"not found"}""");
        using var client = FireworksTestClient.Create(_handler, _time);

        var found = await client.DeployedModels.GetDeployedModelAsync("x");
        var missing = await client.DeployedModels.GetDeployedModelAsync("accounts/acme/deployedModels/y");

        Assert.Equal("SOME_FUTURE_STATE", found!.State);
        Assert.Equal("/v1/accounts/acme/deployedModels/x", _handler.Requests[0].Path);
        Assert.Null(missing);
    }

    [Fact]
    public async Task List_RepeatsThePairFilterOnEveryPageAndFollowsTheTokens()
    {
        _handler.Reply(HttpStatusCode.OK, $$"""{"deployedModels":[{{Record}}],"nextPageToken":"p2"}""")
            .Reply(HttpStatusCode.OK, """{"deployedModels":[],"nextPageToken":""}""");
        using var client = FireworksTestClient.Create(_handler, _time);

        var found = new List<DeployedModel>();
        await foreach (var record in client.DeployedModels.ListDeployedModelsAsync(ListDeployedModelsOptions.ForPair(Deployment, Lora)))
        {
            found.Add(record);
        }

        Assert.Single(found);
        Assert.Equal(2, _handler.Requests.Count);
        Assert.All(_handler.Requests, request =>
            Assert.Equal($"deployment=\"{Deployment}\" AND model=\"{Lora}\"", request.Query("filter")));
        Assert.Equal("p2", _handler.Requests[1].Query("pageToken"));
    }

    [Fact]
    public async Task Update_SendsTheSnakeCaseMaskOfExactlyTheFieldsInTheBody()
    {
        _handler.Reply(HttpStatusCode.OK, Record);
        using var client = FireworksTestClient.Create(_handler, _time);

        await client.DeployedModels.UpdateDeployedModelAsync("accounts/acme/deployedModels/x",
            new DeployedModelSpec { DisplayName = "", Public = false });

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal("display_name,public", request.Query("updateMask"));
        Assert.Equal("""{"displayName":"","public":false}""", request.Body);
    }

    [Fact]
    public async Task Update_WithNoField_IsRefusedBeforeSending()
    {
        using var client = FireworksTestClient.Create(_handler, _time);

        await Assert.ThrowsAsync<ArgumentException>(() => client.DeployedModels.UpdateDeployedModelAsync("x", new DeployedModelSpec()));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Delete_AlreadyGone_IsFalse()
    {
        _handler.Reply(HttpStatusCode.NotFound, """{"code":5,"message":"not found"}""").Reply(HttpStatusCode.OK, "{}");
        using var client = FireworksTestClient.Create(_handler, _time);

        Assert.False(await client.DeployedModels.DeleteDeployedModelAsync("x"));
        Assert.True(await client.DeployedModels.DeleteDeployedModelAsync("x"));
        Assert.All(_handler.Requests, request => Assert.Equal(HttpMethod.Delete, request.Method));
    }

    [Fact]
    public async Task GetModel_ReadsTheLorasBaseModel()
    {
        _handler.Reply(HttpStatusCode.OK, """{"name":"accounts/acme/models/chat-lora","kind":"HF_PEFT_ADDON","peftDetails":{"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","r":8},"deployedModelRefs":[]}""");
        using var client = FireworksTestClient.Create(_handler, _time);

        var model = await client.DeployedModels.GetModelAsync(Lora);

        Assert.Equal("/v1/accounts/acme/models/chat-lora", Assert.Single(_handler.Requests).Path);
        Assert.Equal("accounts/fireworks/models/llama-v3p1-8b-instruct", model!.PeftDetails!.BaseModel);
    }
}
