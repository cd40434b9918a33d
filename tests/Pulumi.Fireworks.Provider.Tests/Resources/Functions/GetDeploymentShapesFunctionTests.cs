using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class GetDeploymentShapesFunctionTests
{
    private const string Minimal = "accounts/fireworks/deploymentShapes/llama-minimal";
    private const string Throughput = "accounts/fireworks/deploymentShapes/llama-throughput";

    private readonly FakeDeploymentShapesApi _api = new();
    private readonly LifecycleLog _log = new();

    private Task<InvokeResponse> InvokeAsync(int maxListed = FunctionOptions.DefaultMaxListed, params (string Key, PropertyValue Value)[] args) =>
        new GetDeploymentShapesFunction(new FunctionOptions("acme", _log) { DeploymentShapes = _api, MaxListed = maxListed })
            .InvokeAsync(new InvokeRequest(GetDeploymentShapesFunction.FunctionToken, Map(args)), CancellationToken.None);

    private static List<(string Name, string Version)> Shapes(InvokeResponse response)
    {
        Assert.True(response.Return["shapes"].TryGetList(out var items));
        return [.. items.Select(item =>
        {
            Assert.True(item.TryGetMap(out var map));
            Assert.True(map["name"].TryGetString(out var name));
            Assert.True(map["versionName"].TryGetString(out var version));
            return (name, version);
        })];
    }

    [Fact]
    public async Task Invoke_AsksEveryShapeForValidatedVersionsOfTheModel()
    {
        await InvokeAsync(args: ("baseModel", Text(DeploymentProps.Model)));

        var (shape, options) = Assert.Single(_api.Calls);
        Assert.Equal("accounts/-/deploymentShapes/-", shape.ToString());
        Assert.Equal($"snapshot.base_model=\"{DeploymentProps.Model}\" AND latest_validated=true", options!.Filter);
    }

    [Fact]
    public async Task Invoke_ReturnsOneEntryPerShapeWithItsLatestValidatedVersion()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Minimal, "mnml01", latestValidated: true));
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Throughput, "thru01", latestValidated: true, "NVIDIA_H100_80GB"));
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Throughput, "thru02", latestValidated: false, "NVIDIA_H200_141GB"));

        var response = await InvokeAsync(args: ("baseModel", Text(DeploymentProps.Model)));

        Assert.Equal([(Minimal, $"{Minimal}/versions/mnml01"), (Throughput, $"{Throughput}/versions/thru01")], Shapes(response));
    }

    [Fact]
    public async Task Invoke_AShapeForAnotherModel_IsLeftOut()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Minimal, "mnml01", latestValidated: true));
        _api.Versions.Add(FakeDeploymentShapesApi.Version("accounts/fireworks/deploymentShapes/gpt", "g1", latestValidated: true,
            baseModel: "accounts/fireworks/models/gpt-oss-120b"));

        var response = await InvokeAsync(args: ("baseModel", Text(DeploymentProps.Model)));

        Assert.Equal([(Minimal, $"{Minimal}/versions/mnml01")], Shapes(response));
    }

    [Fact]
    public async Task Invoke_NoShapeForTheModel_ReturnsAnEmptyList()
    {
        var response = await InvokeAsync(args: ("baseModel", Text("accounts/acme/models/custom")));

        Assert.Empty(response.Failures);
        Assert.Empty(Shapes(response));
    }

    [Fact]
    public async Task Invoke_MoreShapesThanTheMaximum_ReturnsTheFirstAndWarnsLastingly()
    {
        _api.Versions.AddRange(Enumerable.Range(0, 5).Select(i =>
            FakeDeploymentShapesApi.Version($"accounts/fireworks/deploymentShapes/s{i}", "v1", latestValidated: true)));

        var response = await InvokeAsync(maxListed: 2, ("baseModel", Text(DeploymentProps.Model)));

        Assert.Equal(2, Shapes(response).Count);
        Assert.Equal(3, _api.Pulled);
        var warning = Assert.Single(_log.Messages);
        Assert.Equal(LogSeverity.Warning, warning.Severity);
        Assert.False(warning.Ephemeral);
    }

    [Theory]
    [InlineData("llama-v3p1-8b-instruct", "accounts/fireworks/models/llama-v3p1-8b-instruct")]
    [InlineData("accounts/fireworks/models/llama\" OR name=\"x", "accounts/{account}/models/{model}")]
    [InlineData("accounts/fireworks/deploymentShapes/x", "accounts/{account}/models/{model}")]
    public async Task Invoke_NotAFullModelName_ReturnsAFailureNamingTheArgument(string baseModel, string hint)
    {
        var response = await InvokeAsync(args: ("baseModel", Text(baseModel)));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("baseModel", failure.Property);
        Assert.Contains(hint, failure.Reason, StringComparison.Ordinal);
        Assert.Empty(_api.Calls);
    }

    [Fact]
    public async Task Invoke_NoBaseModel_ReturnsAFailureNamingTheArgument()
    {
        var response = await InvokeAsync();

        var failure = Assert.Single(response.Failures);
        Assert.Equal("baseModel", failure.Property);
        Assert.StartsWith("is required", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_SecretBaseModel_MakesTheListSecret()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Minimal, "mnml01", latestValidated: true));

        var response = await InvokeAsync(args: ("baseModel", Secret(Text(DeploymentProps.Model))));

        Assert.True(response.Return["shapes"].IsSecret);
    }

    [Fact]
    public void Schema_DeclaresTheTokenAndExactlyTheArgumentsTheFunctionReads()
    {
        Assert.Contains(GetDeploymentShapesFunction.FunctionToken, FunctionSchema.FunctionTokens);
        Assert.Equal(["baseModel"], FunctionSchema.Inputs(GetDeploymentShapesFunction.FunctionToken));
        Assert.Equal(["shapes"], FunctionSchema.Outputs(GetDeploymentShapesFunction.FunctionToken));
    }
}
