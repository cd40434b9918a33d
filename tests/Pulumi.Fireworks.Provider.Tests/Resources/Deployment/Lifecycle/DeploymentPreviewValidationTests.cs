using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

/// <summary>The preview of a create asks Fireworks to validate it (validateOnly) and shows what the service resolves.</summary>
public sealed class DeploymentPreviewValidationTests
{
    private readonly DeploymentLifecycleHarness _harness = new();

    private FakeDeploymentsApi Api => _harness.Api;

    private Task<ResourceCreateResponse> PreviewAsync(System.Collections.Immutable.ImmutableDictionary<string, PropertyValue> inputs) =>
        _harness.Time.RunAsync(() => _harness.Resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chat", DeploymentLifecycleHarness.Type, inputs, null, Preview: true),
            CancellationToken.None));

    [Fact]
    public async Task Preview_WithAShape_ShowsTheHardwareFireworksResolvesAndCreatesNothing()
    {
        var response = await PreviewAsync(_harness.Checked(("deploymentShape", "accounts/fireworks/deploymentShapes/small")));

        var (_, options) = Assert.Single(Api.Creates);
        Assert.True(options!.ValidateOnly);
        Assert.Empty(Api.Stored);
        Assert.Equal(string.Empty, response.Id);
        Assert.Equal(PropertyValue.Create("NVIDIA_H200_141GB"), response.Properties["acceleratorType"]);
        Assert.Equal(PropertyValue.Create(8), response.Properties["acceleratorCount"]);
        Assert.True(response.Properties["state"].IsUnknown);
    }

    [Fact]
    public async Task Preview_FireworksRefusesTheRequest_FailsThePreviewWithItsMessage()
    {
        Api.CreateFailures.Enqueue(new FireworksException("validate deployment accounts/acme/deployments/chat-1", 400,
            "INVALID_ARGUMENT", 3, "model \"accounts/fireworks/models/nope\" not found", "req-9"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => PreviewAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("nothing was created", error.Message, StringComparison.Ordinal);
        Assert.Contains("model \"accounts/fireworks/models/nope\" not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("req-9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(503, "UNAVAILABLE")]
    [InlineData(429, "RESOURCE_EXHAUSTED")]
    [InlineData(409, "ALREADY_EXISTS")]
    [InlineData(403, "PERMISSION_DENIED")]
    public async Task Preview_FireworksCannotValidate_FallsBackToTheOfflinePreviewWithAWarning(int status, string code)
    {
        Api.CreateFailures.Enqueue(new FireworksException("validate deployment", status, code, null, "busy", "req-1"));

        var response = await PreviewAsync(_harness.Checked(("deploymentShape", "accounts/fireworks/deploymentShapes/small")));

        Assert.False(response.Properties.ContainsKey("acceleratorType"));
        var warning = Assert.Single(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
        Assert.Contains("not validated by Fireworks", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_InputsNotKnownYet_DoesNotAskFireworks()
    {
        var inputs = _harness.Checked().SetItem("displayName", PropertyValue.Unknown);

        var response = await PreviewAsync(inputs);

        Assert.Empty(Api.Creates);
        Assert.True(response.Properties["displayName"].IsUnknown);
        Assert.DoesNotContain(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Preview_WithoutCredentials_IsTheOfflinePreviewWithAWarning()
    {
        var harness = new DeploymentLifecycleHarness(options => options with { Deployments = null });

        var response = await harness.Resource.CreateAsync(new ResourceCreateRequest(Urn, "chat",
            DeploymentLifecycleHarness.Type, harness.Checked(), null, Preview: true), CancellationToken.None);

        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), response.Properties["name"]);
        Assert.Contains(harness.Log.Messages, m => m.Severity == LogSeverity.Warning
            && m.Message.Contains("no Fireworks credentials", StringComparison.Ordinal));
    }
}
