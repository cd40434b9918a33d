using Microsoft.Extensions.Time.Testing;
using Moq;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class GetDeploymentFunctionTests
{
    private readonly FakeDeploymentsApi _api = new(new FakeTimeProvider(), account: "acme");

    private GetDeploymentFunction Function(IDeploymentsApi? api = null) =>
        new(new FunctionOptions("acme", new LifecycleLog()) { Deployments = api ?? _api });

    private Task<InvokeResponse> InvokeAsync(params (string Key, PropertyValue Value)[] args) =>
        Function().InvokeAsync(new InvokeRequest(GetDeploymentFunction.FunctionToken, Map(args)), CancellationToken.None);

    [Fact]
    public async Task Invoke_BareId_ReadsTheDeploymentInTheConfiguredAccount()
    {
        _api.Add("chat-1");

        var response = await InvokeAsync(("name", Text("chat-1")));

        Assert.Empty(response.Failures);
        Assert.Equal(["accounts/acme/deployments/chat-1"], _api.Gets);
        Assert.Equal(Text("accounts/acme/deployments/chat-1"), response.Return["name"]);
        Assert.Equal(Text("chat-1"), response.Return["deploymentId"]);
        Assert.Equal(Text("READY"), response.Return["state"]);
        Assert.Equal(Text(DeploymentProps.Model), response.Return["baseModel"]);
    }

    [Fact]
    public async Task Invoke_FullName_ReturnsNoneOfTheProviderOnlyKnobs()
    {
        _api.Add("chat-1");

        var response = await InvokeAsync(("name", Text("accounts/acme/deployments/chat-1")));

        Assert.Empty(response.Failures);
        Assert.All(DeploymentDetails.ProviderOnly, knob => Assert.DoesNotContain(knob, response.Return.Keys));
    }

    [Fact]
    public async Task Invoke_DirectRouteApiKeys_AreAlwaysSecret()
    {
        _api.Add("chat-1", with: d => d with { DirectRouteApiKeys = [DeploymentProps.SecretKey] });

        var response = await InvokeAsync(("name", Text("chat-1")));

        Assert.True(response.Return["directRouteApiKeys"].IsSecret);
        Assert.False(response.Return["state"].IsSecret);
    }

    [Fact]
    public async Task Invoke_SecretName_MakesEveryResultSecret()
    {
        _api.Add("chat-1");

        var response = await InvokeAsync(("name", Secret(Text("chat-1"))));

        Assert.Empty(response.Failures);
        Assert.All(response.Return.Values, value => Assert.True(value.IsSecret));
    }

    [Fact]
    public async Task Invoke_MissingDeployment_FailsNotFoundNamingIt()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => InvokeAsync(("name", Text("gone-1"))));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.Contains("deployment accounts/acme/deployments/gone-1 does not exist", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(GetDeploymentFunction.FunctionToken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_SoftDeletedDeployment_FailsNotFoundSayingItWasDeleted()
    {
        _api.Add("old-1", DeploymentStates.Deleted);

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => InvokeAsync(("name", Text("old-1"))));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.Contains("accounts/acme/deployments/old-1 was deleted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_SecretNameOfAMissingDeployment_NeverQuotesIt()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => InvokeAsync(("name", Secret(Text("hidden-deployment")))));

        Assert.DoesNotContain("hidden-deployment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_NoName_ReturnsAFailureNamingTheArgumentAndCallsNothing()
    {
        var response = await InvokeAsync();

        var failure = Assert.Single(response.Failures);
        Assert.Equal("name", failure.Property);
        Assert.StartsWith("is required", failure.Reason, StringComparison.Ordinal);
        Assert.Empty(response.Return);
        Assert.Empty(_api.Gets);
    }

    [Fact]
    public async Task Invoke_MalformedName_ReturnsAFailureSayingWhatANameLooksLike()
    {
        var response = await InvokeAsync(("name", Text("accounts/acme/models/chat-1")));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Contains("accounts/{account}/deployments/{deploymentId}", failure.Reason, StringComparison.Ordinal);
        Assert.Empty(_api.Gets);
    }

    [Fact]
    public async Task Invoke_UnknownArgument_ReturnsAFailureNamingIt()
    {
        var response = await InvokeAsync(("name", Text("chat-1")), ("showDeleted", PropertyValue.True));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("showDeleted", failure.Property);
        Assert.Contains("Known properties are: name", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownNameDuringPreview_ReturnsAFailureNamingIt()
    {
        var response = await InvokeAsync(("name", PropertyValue.Unknown));

        Assert.Equal("name", Assert.Single(response.Failures).Property);
        Assert.Empty(_api.Gets);
    }

    [Fact]
    public async Task Invoke_RefusedByFireworks_IsMappedByTheKernelTableAndNamesTheFunction()
    {
        var api = new Mock<IDeploymentsApi>();
        api.Setup(a => a.GetDeploymentAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(FakeDeploymentsApi.Error("get deployment accounts/acme/deployments/chat-1", 403, "PERMISSION_DENIED"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => Function(api.Object).InvokeAsync(
            new InvokeRequest(GetDeploymentFunction.FunctionToken, Map(("name", Text("chat-1")))), CancellationToken.None));

        Assert.Equal(ProviderErrorCode.PermissionDenied, error.Code);
        Assert.StartsWith(GetDeploymentFunction.FunctionToken, error.Message, StringComparison.Ordinal);
        Assert.Contains("fireworks:accountId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_WithoutCredentials_FailsNamingTheApiKey()
    {
        var function = new GetDeploymentFunction(new FunctionOptions("acme", new LifecycleLog()));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => function.InvokeAsync(
            new InvokeRequest(GetDeploymentFunction.FunctionToken, Map(("name", Text("chat-1")))), CancellationToken.None));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_DeclaresTheTokenAndExactlyTheArgumentsTheFunctionReads()
    {
        Assert.Contains(Function().Token, FunctionSchema.FunctionTokens);
        Assert.Equal(["name"], FunctionSchema.Inputs(GetDeploymentFunction.FunctionToken));
    }
}
