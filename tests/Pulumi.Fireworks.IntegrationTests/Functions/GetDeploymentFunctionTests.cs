using System.Collections.Immutable;
using Grpc.Core;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Functions;

/// <summary>getDeployment end to end: gRPC Invoke into the real plugin host, HTTP into the emulator.</summary>
public sealed class GetDeploymentFunctionTests
{
    private const string Token = "fireworks:index:getDeployment";
    private const string RouteKey = "FunctionRouteKey1";

    [Fact]
    public async Task Invoke_ADeploymentTheProgramCreated_ReturnsWhatFireworksHoldsWithTheKeysSecret()
    {
        await using var session = await StartAsync();
        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"),
            ("deploymentId", "read-me"), ("region", "US_ARIZONA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", PropertyValue.CreateSecret(Value(new[] { RouteKey })))));
        await session.CreateAsync(inputs);

        var (result, failures) = await session.InvokeAsync(Token, Props(("name", "read-me")));

        Assert.Empty(failures);
        Assert.Equal(PropertyValue.Create(session.FullName("read-me")), result["name"]);
        Assert.Equal(PropertyValue.Create("READY"), result["state"]);
        Assert.Equal(PropertyValue.Create("US_ARIZONA_1"), result["region"]);
        Assert.Equal(PropertyValue.Create("read-me"), result["deploymentId"]);
        Assert.True(result["directRouteApiKeys"].IsSecret);
        Assert.True(result["directRouteHandle"].TryGetString(out var handle) && handle.Contains("read-me", StringComparison.Ordinal));
        Assert.False(result.ContainsKey("waitForReady"));
    }

    [Fact]
    public async Task Invoke_ADeploymentMadeElsewhere_IsReadByItsFullName()
    {
        await using var session = await StartAsync();
        await session.CreateDirectlyAsync("elsewhere", displayName: "console-made");

        var (result, _) = await session.InvokeAsync(Token, Props(("name", session.FullName("elsewhere"))));

        Assert.Equal(PropertyValue.Create("console-made"), result["displayName"]);
    }

    [Fact]
    public async Task Invoke_NoSuchDeployment_FailsNotFoundNamingIt()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => session.InvokeAsync(Token, Props(("name", "nowhere"))));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains(session.FullName("nowhere"), error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ASoftDeletedDeployment_FailsNotFoundSayingItWasDeleted()
    {
        await using var session = await StartAsync(options => options.DeleteDelay = TimeSpan.Zero);
        await session.CreateDirectlyAsync("bygone");
        await session.SoftDeleteDirectlyAsync("bygone");

        var error = await Assert.ThrowsAsync<RpcException>(() => session.InvokeAsync(Token, Props(("name", "bygone"))));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("was deleted", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_BadArguments_AreFailuresNamingTheArgument()
    {
        await using var session = await StartAsync();

        var (_, missing) = await session.InvokeAsync(Token, ImmutableDictionary<string, PropertyValue>.Empty);
        var (_, typo) = await session.InvokeAsync(Token, Props(("nam", "x")));
        var (_, unknown) = await session.InvokeAsync(Token, Props(("name", PropertyValue.Unknown)));

        Assert.Equal("name", Assert.Single(missing).Property);
        Assert.Contains(typo, failure => failure.Property == "nam" && failure.Reason.Contains("did you mean 'name'", StringComparison.Ordinal));
        Assert.Equal("name", Assert.Single(unknown).Property);
    }

    [Fact]
    public async Task Invoke_SecretName_ReturnsEveryValueSecret()
    {
        await using var session = await StartAsync();
        await session.CreateDirectlyAsync("hidden");

        var (result, _) = await session.InvokeAsync(Token, Props(("name", PropertyValue.CreateSecret(PropertyValue.Create("hidden")))));

        Assert.NotEmpty(result);
        Assert.All(result.Values, value => Assert.True(value.IsSecret));
    }
}
