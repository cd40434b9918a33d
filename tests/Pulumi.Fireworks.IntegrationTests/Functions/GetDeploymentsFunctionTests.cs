using Grpc.Core;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Functions;

/// <summary>getDeployments end to end, with pages of two so that every call reads several pages.</summary>
public sealed class GetDeploymentsFunctionTests
{
    private const string Token = "fireworks:index:getDeployments";

    private static Task<ProviderSession> StartAsync(int maxListed = 1000) =>
        ProviderSession.StartAsync(options => options.DeleteDelay = TimeSpan.Zero,
            functions => functions with { PageSize = 2, MaxListed = maxListed });

    private static List<string> Names(System.Collections.Immutable.ImmutableDictionary<string, PropertyValue> result)
    {
        Assert.True(result["deployments"].TryGetList(out var items));
        return [.. items.Select(item => item.TryGetMap(out var map) && map["deploymentId"].TryGetString(out var id) ? id : "?")];
    }

    [Fact]
    public async Task Invoke_ReadsEveryPageInFireworksOrder()
    {
        await using var session = await StartAsync();
        foreach (var id in new[] { "d1", "d2", "d3", "d4", "d5" })
        {
            await session.CreateDirectlyAsync(id);
        }

        session.Emulator.ClearRequestLog();

        var (result, failures) = await session.InvokeAsync(Token, Props());

        Assert.Empty(failures);
        Assert.Equal(["d1", "d2", "d3", "d4", "d5"], Names(result));
        var lists = session.Emulator.GetRequestLog().Where(r => r.Method == "GET" && r.Path.EndsWith("/deployments", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lists.Count);
        Assert.All(lists, list => Assert.Contains("pageSize=2", list.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_FilterAndShowDeleted_ArePassedToFireworks()
    {
        await using var session = await StartAsync();
        await session.CreateDirectlyAsync("keep", displayName: "chat");
        await session.CreateDirectlyAsync("other", displayName: "batch");
        await session.CreateDirectlyAsync("gone", displayName: "chat");
        await session.SoftDeleteDirectlyAsync("gone");

        var (live, _) = await session.InvokeAsync(Token, Props(("filter", "display_name=\"chat\"")));
        var (all, _) = await session.InvokeAsync(Token, Props(("filter", "display_name=\"chat\""), ("showDeleted", true)));

        Assert.Equal(["keep"], Names(live));
        Assert.Equal(["keep", "gone"], Names(all));
    }

    [Fact]
    public async Task Invoke_MoreThanTheBound_ReturnsTheFirstAndWarnsInTheEngineLog()
    {
        await using var session = await StartAsync(maxListed: 3);
        foreach (var id in new[] { "d1", "d2", "d3", "d4", "d5" })
        {
            await session.CreateDirectlyAsync(id);
        }

        var (result, _) = await session.InvokeAsync(Token, Props());

        Assert.Equal(["d1", "d2", "d3"], Names(result));
        var warning = Assert.Single(session.Engine.Logs, log => log.Severity == LogSeverity.Warning);
        Assert.False(warning.Ephemeral);
        Assert.Contains("returning the first 3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AFilterFireworksRejects_FailsInvalidArgumentWithAHint()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            session.InvokeAsync(Token, Props(("filter", "annotations.team=\"ml\""))));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("check `filter`", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_EveryItemCarriesItsKeysAsSecrets()
    {
        await using var session = await StartAsync();
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"),
            ("deploymentId", "keyed"), ("region", "US_ARIZONA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", PropertyValue.CreateSecret(Value(new[] { "ListedRouteKey1" })))));
        await session.CreateAsync(inputs);

        var (result, _) = await session.InvokeAsync(Token, Props());

        Assert.True(result["deployments"].TryGetList(out var items));
        Assert.True(Assert.Single(items).TryGetMap(out var item));
        Assert.True(item["directRouteApiKeys"].IsSecret);
    }
}
