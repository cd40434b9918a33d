using Grpc.Core;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;
using PlainInvokeResponse = Pulumi.Fireworks.Provider.Contracts.InvokeResponse;
using RpcInvokeRequest = Pulumi.Fireworks.Provider.Protocol.Rpc.InvokeRequest;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

/// <summary>Invoke through the real host: protobuf in, the function by token, protobuf out, errors mapped.</summary>
public sealed class InvokeRpcTests
{
    private static readonly ConfigureRequest Configure = new()
    {
        Args = PropertyValueCodec.EncodeMap(Map(("apiKey", Secret(Text("fw-key"))), ("accountId", Text("my-team")))),
        AcceptSecrets = true,
        AcceptResources = true,
    };

    private readonly RecordingFunction _function = new();

    private async Task<PluginHostFixture> StartAsync()
    {
        var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory { Functions = [_function] });
        await fixture.Client.ConfigureAsync(Configure);
        return fixture;
    }

    [Fact]
    public async Task Invoke_RoutesByTokenAndKeepsSecretsInBothDirections()
    {
        _function.Response = new PlainInvokeResponse(Map(("state", Text("READY")), ("keys", Secret(Text("k1")))), []);
        await using var fixture = await StartAsync();

        var response = await fixture.Client.InvokeAsync(new RpcInvokeRequest
        {
            Tok = _function.Token,
            Args = PropertyValueCodec.EncodeMap(Map(("name", Secret(Text("chat-1"))))),
        });

        var request = Assert.Single(_function.Requests);
        Assert.True(request.Args["name"].IsSecret);
        var result = PropertyValueCodec.DecodeMap(response.Return);
        Assert.Equal(Text("READY"), result["state"]);
        Assert.True(result["keys"].IsSecret);
        Assert.Empty(response.Failures);
    }

    [Fact]
    public async Task Invoke_ArgumentFailures_AreAnsweredAsFailuresNotErrors()
    {
        _function.Response = PlainInvokeResponse.Failed([new Pulumi.Fireworks.Provider.Contracts.CheckFailure("name", "is required")]);
        await using var fixture = await StartAsync();

        var response = await fixture.Client.InvokeAsync(new RpcInvokeRequest { Tok = _function.Token });

        var failure = Assert.Single(response.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Equal("is required", failure.Reason);
    }

    [Fact]
    public async Task Invoke_UnknownToken_AnswersInvalidArgumentNamingTheFunctionsThatExist()
    {
        await using var fixture = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.InvokeAsync(new RpcInvokeRequest { Tok = "fireworks:index:getNothing" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("fireworks:index:getNothing", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(_function.Token, error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_BeforeConfigure_AnswersFailedPrecondition()
    {
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory { Functions = [_function] });

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.InvokeAsync(new RpcInvokeRequest { Tok = _function.Token }));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Invoke_FireworksFailureEscapingAFunction_IsMappedByTheKernelTableNeverInternal()
    {
        _function.Failure = new FireworksException("list deployments accounts/my-team", 429, "RESOURCE_EXHAUSTED", 8, "slow down", "req-9");
        await using var fixture = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.InvokeAsync(new RpcInvokeRequest { Tok = _function.Token }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Empty(fixture.Diagnostics.ToString());
    }
}
