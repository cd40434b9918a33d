using Grpc.Core;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Functions;

/// <summary>getDeploymentShape end to end against the emulator's seeded public shapes.</summary>
public sealed class GetDeploymentShapeFunctionTests
{
    private const string Token = "fireworks:index:getDeploymentShape";
    private const string Shapes = "accounts/fireworks/deploymentShapes/";

    [Fact]
    public async Task Invoke_AShapeWhoseNewestVersionIsUnvalidated_DescribesTheLatestValidatedOne()
    {
        await using var session = await StartAsync();

        var (result, failures) = await session.InvokeAsync(Token, Props(("name", Shapes + "llama-v3p1-8b-instruct-throughput")));

        Assert.Empty(failures);
        Assert.Equal(PropertyValue.Create(Shapes + "llama-v3p1-8b-instruct-throughput"), result["name"]);
        Assert.Equal(PropertyValue.Create(Shapes + "llama-v3p1-8b-instruct-throughput/versions/thru8b01"), result["versionName"]);
        Assert.Equal(PropertyValue.Create("NVIDIA_H100_80GB"), result["acceleratorType"]);
        Assert.Equal(PropertyValue.Create(1), result["acceleratorCount"]);
        Assert.Equal(PropertyValue.Create(Model), result["baseModel"]);
        Assert.Equal(PropertyValue.Create(8_030_261_248d), result["parameterCount"]);
        Assert.Equal(PropertyValue.Create("THROUGHPUT"), result["presetType"]);
    }

    [Fact]
    public async Task Invoke_TheVersionItNames_IsWhatADeploymentWithThatShapeGets()
    {
        await using var session = await StartAsync();
        var (shape, _) = await session.InvokeAsync(Token, Props(("name", Shapes + "llama-v3p1-8b-instruct-throughput")));
        Assert.True(shape["versionName"].TryGetString(out var version));

        var inputs = await session.CheckAsync(Props(("baseModel", Model), ("deploymentShape", version), ("deploymentId", "shaped")));
        var created = await session.CreateAsync(inputs);
        var outputs = PropertyValueCodec.DecodeMap(created.Properties);

        Assert.Equal(PropertyValue.Create(version), outputs["deploymentShape"]);
        Assert.Equal(shape["acceleratorType"], outputs["acceleratorType"]);
        Assert.Equal(shape["acceleratorCount"], outputs["acceleratorCount"]);
    }

    [Fact]
    public async Task Invoke_AShapeWithoutAValidatedVersion_FailsNamingIt()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            session.InvokeAsync(Token, Props(("name", Shapes + "llama-v3p1-8b-instruct-fast"))));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains(Shapes + "llama-v3p1-8b-instruct-fast has no validated version", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AShapeFireworksDoesNotKnow_FailsNotFound()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => session.InvokeAsync(Token, Props(("name", Shapes + "no-such-shape"))));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("no-such-shape", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AVersionName_IsAFailureNamingTheArgument()
    {
        await using var session = await StartAsync();

        var (_, failures) = await session.InvokeAsync(Token, Props(("name", Shapes + "llama-v3p1-8b-instruct-minimal/versions/mnml8b01")));

        Assert.Equal("name", Assert.Single(failures).Property);
    }
}
