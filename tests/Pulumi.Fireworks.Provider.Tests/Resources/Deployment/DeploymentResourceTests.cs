using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentResourceTests
{
    private readonly DeploymentRecordingLog _log = new();

    private DeploymentResource Resource(string? accountId = "acme") =>
        new(new DeploymentResourceOptions(accountId, new FakeTimeProvider(), _log));

    [Fact]
    public void Token_IsTheSchemaToken()
    {
        Assert.Equal("fireworks:index:Deployment", Resource().Token);
    }

    [Fact]
    public async Task CheckAsync_UnlistedRegion_LogsAWarningForTheResource()
    {
        var response = await Resource().CheckAsync(DeploymentRequests.Check(Valid(("region", "EU_MARS_1"))), CancellationToken.None);

        Assert.Empty(response.Failures);
        var message = Assert.Single(_log.Messages);
        Assert.Equal(LogSeverity.Warning, message.Severity);
        Assert.Equal(Urn, message.Urn);
    }

    [Fact]
    public async Task DiffAsync_RegionChanged_RequiresReplacement()
    {
        var diff = await Resource().DiffAsync(DeploymentRequests.Diff(Valid(("region", "US_IOWA_1")), Valid(("region", "US_OHIO_1"))),
            CancellationToken.None);

        Assert.Equal<string>(["region"], diff.Replaces);
    }

    [Fact]
    public async Task CreateAsync_Preview_ReturnsPlannedOutputsAndNoId()
    {
        var request = new ResourceCreateRequest(Urn, "chat", "fireworks:index:Deployment",
            Valid(("deploymentId", "chat-1")), null, Preview: true);

        var response = await Resource().CreateAsync(request, CancellationToken.None);

        Assert.Equal(string.Empty, response.Id);
        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), response.Properties["name"]);
    }

    [Fact]
    public async Task UpdateAsync_Preview_ReturnsPlannedOutputs()
    {
        var request = new ResourceUpdateRequest("accounts/acme/deployments/chat-1", Urn, "chat", "fireworks:index:Deployment",
            Map(("name", "accounts/acme/deployments/chat-1")), Valid(("deploymentId", "chat-1")),
            Valid(("deploymentId", "chat-1"), ("displayName", "x")), null, [], Preview: true);

        var response = await Resource().UpdateAsync(request, CancellationToken.None);

        Assert.Equal(PropertyValue.Create("x"), response.Properties["displayName"]);
    }

    [Fact]
    public async Task LifecycleOutsidePreview_WithoutCredentials_NamesTheApiKeyConfigAndVariable()
    {
        var resource = Resource();
        var create = new ResourceCreateRequest(Urn, "chat", "fireworks:index:Deployment", Valid(), null, Preview: false);

        var errors = new[]
        {
            await Assert.ThrowsAsync<ProviderErrorException>(() => resource.CreateAsync(create, CancellationToken.None)),
            await Assert.ThrowsAsync<ProviderErrorException>(() => resource.ReadAsync(
                new ResourceReadRequest("id", Urn, "chat", "t", PropertyValue.EmptyMap, PropertyValue.EmptyMap), CancellationToken.None)),
            await Assert.ThrowsAsync<ProviderErrorException>(() => resource.UpdateAsync(
                new ResourceUpdateRequest("id", Urn, "chat", "t", Valid(), Valid(), Valid(), null, [], Preview: false), CancellationToken.None)),
            await Assert.ThrowsAsync<ProviderErrorException>(() => resource.DeleteAsync(
                new ResourceDeleteRequest("id", Urn, "chat", "t", PropertyValue.EmptyMap, PropertyValue.EmptyMap, null), CancellationToken.None)),
        };

        Assert.All(errors, error =>
        {
            Assert.Equal(ProviderErrorCode.FailedPrecondition, error.Code);
            Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
            Assert.Contains("FIREWORKS_API_KEY", error.Message, StringComparison.Ordinal);
        });
    }
}
