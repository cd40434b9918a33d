using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeployedModelHarness;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel;

public sealed class DeployedModelPreviewTests
{
    private readonly DeployedModelHarness _harness = new();

    [Fact]
    public async Task PreviewCreate_CallsNothingAndLeavesWhatTheServiceDecidesUnknown()
    {
        var response = await _harness.Resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chatLora", TypeToken, _harness.Checked(("public", true)), null, Preview: true),
            CancellationToken.None);

        Assert.Equal(string.Empty, response.Id);
        Assert.Empty(_harness.Api.Creates);
        Assert.Empty(_harness.Api.Lists);
        foreach (var computed in new[] { "name", "state", "status", "createTime", "updateTime", "default" })
        {
            Assert.True(response.Properties[computed].IsUnknown, computed);
        }

        Assert.Equal(PropertyValue.Create(true), response.Properties["public"]);
        Assert.Equal(PropertyValue.Create($"{Lora}#{TargetDeployment}"), response.Properties["inferenceModel"]);
    }

    [Fact]
    public async Task PreviewCreate_UnknownDeployment_LeavesTheInferenceModelUnknown()
    {
        var response = await _harness.Resource.CreateAsync(new ResourceCreateRequest(Urn, "chatLora", TypeToken,
            _harness.Checked(("deployment", PropertyValue.Unknown)), null, Preview: true), CancellationToken.None);

        Assert.True(response.Properties["inferenceModel"].IsUnknown);
        Assert.True(response.Properties["deployment"].IsUnknown);
    }

    [Fact]
    public async Task PreviewUpdate_KeepsTheIdentityAndWhatTheServiceHeld()
    {
        var (id, outputs, inputs) = await _harness.CreatedAsync();

        var response = await _harness.Resource.UpdateAsync(new ResourceUpdateRequest(id, Urn, "chatLora", TypeToken, outputs, inputs,
            _harness.Checked(("displayName", "New")), null, [], Preview: true), CancellationToken.None);

        Assert.Equal(outputs["name"], response.Properties["name"]);
        Assert.Equal(outputs["createTime"], response.Properties["createTime"]);
        Assert.Equal(PropertyValue.Create(true), response.Properties["default"]);
        Assert.Equal(PropertyValue.Create("New"), response.Properties["displayName"]);
        Assert.True(response.Properties["state"].IsUnknown);
        Assert.Empty(_harness.Api.Updates);
    }
}
