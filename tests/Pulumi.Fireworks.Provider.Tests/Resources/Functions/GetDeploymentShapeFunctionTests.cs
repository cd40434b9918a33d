using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class GetDeploymentShapeFunctionTests
{
    private const string Shape = "accounts/fireworks/deploymentShapes/llama-throughput";

    private readonly FakeDeploymentShapesApi _api = new();

    private Task<InvokeResponse> InvokeAsync(params (string Key, PropertyValue Value)[] args) =>
        new GetDeploymentShapeFunction(new FunctionOptions("acme", new LifecycleLog()) { DeploymentShapes = _api })
            .InvokeAsync(new InvokeRequest(GetDeploymentShapeFunction.FunctionToken, Map(args)), CancellationToken.None);

    [Fact]
    public async Task Invoke_AsksForTheLatestValidatedVersionOfThatShapeInItsOwnAccount()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Shape, "thru01", latestValidated: true));

        await InvokeAsync(("name", Text(Shape)));

        var (shape, options) = Assert.Single(_api.Calls);
        Assert.Equal(ShapeName.Parse(Shape), shape);
        Assert.Equal("latest_validated=true", options!.Filter);
    }

    [Fact]
    public async Task Invoke_ANewerUnvalidatedVersion_NeitherNamesNorDescribesTheResult()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Shape, "thru01", latestValidated: true, "NVIDIA_H100_80GB", 1, "2026-01-01T00:00:00Z"));
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Shape, "thru02", latestValidated: false, "NVIDIA_H200_141GB", 2, "2026-02-01T00:00:00Z"));

        var response = await InvokeAsync(("name", Text(Shape)));

        Assert.Empty(response.Failures);
        Assert.Equal(Text(Shape), response.Return["name"]);
        Assert.Equal(Text($"{Shape}/versions/thru01"), response.Return["versionName"]);
        Assert.Equal(Text("NVIDIA_H100_80GB"), response.Return["acceleratorType"]);
        Assert.Equal(PropertyValue.Create(1), response.Return["acceleratorCount"]);
        Assert.Equal(Text("2026-01-01T00:00:00Z"), response.Return["versionCreateTime"]);
        Assert.Equal(Text(DeploymentProps.Model), response.Return["baseModel"]);
    }

    [Fact]
    public async Task Invoke_AVersionOfAnotherShapeInTheAnswer_IsIgnored()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version("accounts/fireworks/deploymentShapes/other", "o1", latestValidated: true));
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Shape, "thru01", latestValidated: true));

        var response = await InvokeAsync(("name", Text(Shape)));

        Assert.Equal(Text($"{Shape}/versions/thru01"), response.Return["versionName"]);
    }

    [Fact]
    public async Task Invoke_NoValidatedVersion_FailsNamingTheShape()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Shape, "fast01", latestValidated: false));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => InvokeAsync(("name", Text(Shape))));

        Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
        Assert.Contains($"deployment shape {Shape} has no validated version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ShapeFireworksDoesNotKnow_FailsNotFoundWithAHint()
    {
        _api.Failure = FakeDeploymentsApi.Error($"list deployment shape versions {Shape}", 404, "NOT_FOUND", "shape not found");

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => InvokeAsync(("name", Text(Shape))));

        Assert.Equal(ProviderErrorCode.NotFound, error.Code);
        Assert.StartsWith(GetDeploymentShapeFunction.FunctionToken, error.Message, StringComparison.Ordinal);
        Assert.Contains("public shapes are in account fireworks", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("llama-throughput", "is not the shape's full name")]
    [InlineData(Shape + "/versions/thru01", "names a version of a shape")]
    [InlineData("accounts/-/deploymentShapes/llama-throughput", "is not the shape's full name")]
    [InlineData("accounts/fireworks/deployments/llama-throughput", "is not the shape's full name")]
    public async Task Invoke_NotAShapesFullName_ReturnsAFailureNamingTheArgument(string name, string reason)
    {
        var response = await InvokeAsync(("name", Text(name)));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.Empty(_api.Calls);
    }

    [Fact]
    public async Task Invoke_NoName_ReturnsAFailureNamingTheArgument()
    {
        var response = await InvokeAsync();

        Assert.Equal("name", Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Invoke_SecretName_MakesEveryResultSecret()
    {
        _api.Versions.Add(FakeDeploymentShapesApi.Version(Shape, "thru01", latestValidated: true));

        var response = await InvokeAsync(("name", Secret(Text(Shape))));

        Assert.All(response.Return.Values, value => Assert.True(value.IsSecret));
    }

    [Fact]
    public void Schema_DeclaresTheTokenAndExactlyTheArgumentsTheFunctionReads()
    {
        Assert.Contains(GetDeploymentShapeFunction.FunctionToken, FunctionSchema.FunctionTokens);
        Assert.Equal(["name"], FunctionSchema.Inputs(GetDeploymentShapeFunction.FunctionToken));
    }
}
