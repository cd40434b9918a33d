using Grpc.Core;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class RpcErrorFunnelTests
{
    private readonly StringWriter _diagnostics = new();

    private RpcErrorFunnel Funnel() => new(new CancellationRoot(), _diagnostics);

    [Fact]
    public void ToRpcException_Cancellation_IsCancelled()
    {
        Assert.Equal(StatusCode.Cancelled, Funnel().ToRpcException(new OperationCanceledException()).StatusCode);
        Assert.Equal(StatusCode.Cancelled, Funnel().ToRpcException(new TaskCanceledException()).StatusCode);
    }

    [Fact]
    public void ToRpcException_NotImplemented_IsUnimplemented()
    {
        Assert.Equal(StatusCode.Unimplemented, Funnel().ToRpcException(new NotImplementedException()).StatusCode);
    }

    [Fact]
    public void ToRpcException_ResourceInitialization_PacksIdPropertiesInputsAndReasons()
    {
        var exception = new ResourceInitializationException(
            "accounts/a/deployments/d",
            Map(("state", Text("CREATING")), ("directRouteApiKeys", Secret(PropertyValue.CreateList([Text("k")])))),
            Map(("baseModel", Text("m"))),
            ["timed out waiting for READY", "last state CREATING"]);

        var error = Funnel().ToRpcException(exception);

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal(exception.Message, status.Message);
        var detail = Assert.Single(status.Details).Unpack<ErrorResourceInitFailed>();
        Assert.Equal("accounts/a/deployments/d", detail.Id);
        Assert.Equal(exception.Properties, PropertyValueCodec.DecodeMap(detail.Properties));
        Assert.Equal(exception.Inputs, PropertyValueCodec.DecodeMap(detail.Inputs));
        Assert.Equal(exception.Reasons, detail.Reasons);
    }

    [Fact]
    public void ToRpcException_ResourceInitializationAskingForRefresh_SetsRefreshBeforeUpdate()
    {
        var exception = new ResourceInitializationException("id", PropertyValue.EmptyMap, PropertyValue.EmptyMap, ["r"])
        {
            RefreshBeforeUpdate = true,
        };

        var detail = Assert.Single(Funnel().ToRpcException(exception).GetRpcStatus()!.Details)
            .Unpack<ErrorResourceInitFailed>();

        Assert.True(detail.RefreshBeforeUpdate);
    }

    [Fact]
    public void ToRpcException_ResourceInitializationWithoutInputs_LeavesInputsUnset()
    {
        var exception = new ResourceInitializationException("id", PropertyValue.EmptyMap, PropertyValue.EmptyMap, ["r"]);

        var detail = Assert.Single(Funnel().ToRpcException(exception).GetRpcStatus()!.Details)
            .Unpack<ErrorResourceInitFailed>();

        Assert.Null(detail.Inputs);
    }

    [Fact]
    public void ToRpcException_MissingConfiguration_CarriesConfigureErrorMissingKeys()
    {
        var exception = new MissingConfigurationException([new MissingConfigurationKey("fireworks:apiKey", "the key")]);

        var error = Funnel().ToRpcException(exception);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var detail = Assert.Single(error.GetRpcStatus()!.Details).Unpack<ConfigureErrorMissingKeys>();
        Assert.Equal("fireworks:apiKey", Assert.Single(detail.MissingKeys).Name);
    }

    [Theory]
    [InlineData(ProviderErrorCode.InvalidArgument, StatusCode.InvalidArgument)]
    [InlineData(ProviderErrorCode.FailedPrecondition, StatusCode.FailedPrecondition)]
    [InlineData(ProviderErrorCode.NotFound, StatusCode.NotFound)]
    [InlineData(ProviderErrorCode.Unavailable, StatusCode.Unavailable)]
    [InlineData(ProviderErrorCode.Unauthenticated, StatusCode.Unauthenticated)]
    [InlineData(ProviderErrorCode.Internal, StatusCode.Internal)]
    public void ToRpcException_ProviderError_UsesItsCodeAndMessage(ProviderErrorCode code, StatusCode expected)
    {
        var error = Funnel().ToRpcException(new ProviderErrorException(code, "create deployment: HTTP 400"));

        Assert.Equal(expected, error.StatusCode);
        Assert.Equal("create deployment: HTTP 400", error.Status.Detail);
    }

    [Fact]
    public void ToRpcException_MalformedPropertyValue_IsInvalidArgument()
    {
        var error = Funnel().ToRpcException(new PropertyValueFormatException("bad"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public void ToRpcException_AnyOtherException_IsInternalWithItsMessage()
    {
        var error = Funnel().ToRpcException(new InvalidOperationException("something broke"));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal("something broke", error.Status.Detail);
        Assert.Contains("something broke", _diagnostics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToRpcException_HugeMessage_IsCutSoTheTrailerStaysSmall()
    {
        var error = Funnel().ToRpcException(new ProviderErrorException(ProviderErrorCode.InvalidArgument,
            "unknown resource type \"" + new string('t', 1_000_000) + "\""));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.True(error.Status.Detail.Length <= 1100, $"detail of {error.Status.Detail.Length} characters");
        Assert.EndsWith("... (message cut)", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRpcException_ShortMessage_IsKeptWhole()
    {
        var error = Funnel().ToRpcException(new ProviderErrorException(ProviderErrorCode.NotFound, "gone"));

        Assert.Equal("gone", error.Status.Detail);
    }
}
