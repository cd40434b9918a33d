using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class GetDeploymentsFunctionTests
{
    private readonly ListedDeploymentsApi _api = new();
    private readonly LifecycleLog _log = new();

    private Task<InvokeResponse> InvokeAsync(int maxListed = FunctionOptions.DefaultMaxListed, params (string Key, PropertyValue Value)[] args) =>
        new GetDeploymentsFunction(new FunctionOptions("acme", _log) { Deployments = _api, MaxListed = maxListed })
            .InvokeAsync(new InvokeRequest(GetDeploymentsFunction.FunctionToken, Map(args)), CancellationToken.None);

    private static List<string> Names(InvokeResponse response)
    {
        Assert.True(response.Return["deployments"].TryGetList(out var items));
        return [.. items.Select(item => item.TryGetMap(out var map) && map["name"].TryGetString(out var name) ? name : "?")];
    }

    [Fact]
    public async Task Invoke_PassesFilterAndShowDeletedToFireworks()
    {
        var response = await InvokeAsync(args: [("filter", Text("display_name=\"chat\"")), ("showDeleted", PropertyValue.True)]);

        Assert.Empty(response.Failures);
        var options = Assert.Single(_api.Calls);
        Assert.Equal("display_name=\"chat\"", options!.Filter);
        Assert.True(options.ShowDeleted);
    }

    [Fact]
    public async Task Invoke_NoArguments_ListsEveryDeploymentWithoutDeletedOnes()
    {
        _api.Listed.AddRange([ListedDeploymentsApi.Deployment("a"), ListedDeploymentsApi.Deployment("b")]);

        var response = await InvokeAsync();

        Assert.Equal(["accounts/acme/deployments/a", "accounts/acme/deployments/b"], Names(response));
        var options = Assert.Single(_api.Calls);
        Assert.Null(options!.Filter);
        Assert.False(options.ShowDeleted);
    }

    [Fact]
    public async Task Invoke_ADeploymentSeenOnTwoPages_IsListedOnce()
    {
        _api.Listed.AddRange([ListedDeploymentsApi.Deployment("a"), ListedDeploymentsApi.Deployment("b"),
            ListedDeploymentsApi.Deployment("b"), ListedDeploymentsApi.Deployment("c")]);

        var response = await InvokeAsync();

        Assert.Equal(["accounts/acme/deployments/a", "accounts/acme/deployments/b", "accounts/acme/deployments/c"], Names(response));
    }

    [Fact]
    public async Task Invoke_MoreThanTheMaximum_ReturnsTheFirstStopsReadingAndWarnsLastingly()
    {
        _api.Listed.AddRange(Enumerable.Range(0, 10).Select(i => ListedDeploymentsApi.Deployment($"d{i}")));

        var response = await InvokeAsync(maxListed: 3);

        Assert.Equal(["accounts/acme/deployments/d0", "accounts/acme/deployments/d1", "accounts/acme/deployments/d2"], Names(response));
        Assert.Equal(4, _api.Pulled);
        var warning = Assert.Single(_log.Messages);
        Assert.Equal(LogSeverity.Warning, warning.Severity);
        Assert.False(warning.Ephemeral);
        Assert.Contains("more than 3 deployments", warning.Message, StringComparison.Ordinal);
        Assert.Contains("returning the first 3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ExactlyTheMaximum_ReturnsThemAllWithoutAWarning()
    {
        _api.Listed.AddRange(Enumerable.Range(0, 3).Select(i => ListedDeploymentsApi.Deployment($"d{i}")));

        var response = await InvokeAsync(maxListed: 3);

        Assert.Equal(3, Names(response).Count);
        Assert.Empty(_log.Messages);
    }

    [Fact]
    public void DefaultMaximum_IsOneThousand()
    {
        Assert.Equal(1000, new FunctionOptions("acme", _log).MaxListed);
    }

    [Fact]
    public async Task Invoke_EmptyAccount_ReturnsAnEmptyList()
    {
        var response = await InvokeAsync();

        Assert.Empty(Names(response));
    }

    [Fact]
    public async Task Invoke_EachDeployment_CarriesItsKeysAsASecret()
    {
        _api.Listed.Add(ListedDeploymentsApi.Deployment("a"));

        var response = await InvokeAsync();

        Assert.True(response.Return["deployments"].TryGetList(out var items));
        Assert.True(Assert.Single(items).TryGetMap(out var item));
        Assert.True(item["directRouteApiKeys"].IsSecret);
        Assert.DoesNotContain("waitForReady", item.Keys);
    }

    [Fact]
    public async Task Invoke_SecretFilter_MakesTheListSecret()
    {
        _api.Listed.Add(ListedDeploymentsApi.Deployment("a"));

        var response = await InvokeAsync(args: ("filter", Secret(Text("display_name=\"chat\""))));

        Assert.True(response.Return["deployments"].IsSecret);
    }

    [Fact]
    public async Task Invoke_FilterRejectedByFireworks_FailsInvalidArgumentWithAFilterHintAndNoSecretFilter()
    {
        _api.Failure = FakeDeploymentsApi.Error("list deployments accounts/acme", 400, "INVALID_ARGUMENT",
            "unsupported filter field in state=\"secret-filter-text\"");

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() =>
            InvokeAsync(args: ("filter", Secret(Text("state=\"secret-filter-text\"")))));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.StartsWith(GetDeploymentsFunction.FunctionToken, error.Message, StringComparison.Ordinal);
        Assert.Contains("check `filter`", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-filter-text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ShowDeletedNotABoolean_ReturnsAFailureNamingItAndListsNothing()
    {
        var response = await InvokeAsync(args: ("showDeleted", Text("yes")));

        Assert.Equal("showDeleted", Assert.Single(response.Failures).Property);
        Assert.Empty(_api.Calls);
    }

    [Fact]
    public void Schema_DeclaresTheTokenAndExactlyTheArgumentsTheFunctionReads()
    {
        Assert.Contains(GetDeploymentsFunction.FunctionToken, FunctionSchema.FunctionTokens);
        Assert.Equal(["filter", "showDeleted"], FunctionSchema.Inputs(GetDeploymentsFunction.FunctionToken));
        Assert.Equal(["deployments"], FunctionSchema.Outputs(GetDeploymentsFunction.FunctionToken));
    }
}
