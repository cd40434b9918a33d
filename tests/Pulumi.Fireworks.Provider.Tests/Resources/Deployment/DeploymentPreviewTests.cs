using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentPreviewTests
{
    private static readonly string[] ServerComputed =
        ["state", "status", "replicaCount", "desiredReplicaCount", "directRouteHandle", "createTime", "updateTime"];

    [Fact]
    public void CreateOutputs_KnownIdAndAccount_ComputeTheName()
    {
        var inputs = Valid(("deploymentId", "chat-1"), ("region", "US_IOWA_1"));

        var outputs = DeploymentPreview.CreateOutputs(inputs, "acme");

        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), outputs["name"]);
        Assert.Equal(PropertyValue.Create("US_IOWA_1"), outputs["region"]);
        Assert.Equal(PropertyValue.Create(Model), outputs["baseModel"]);
    }

    [Fact]
    public void CreateOutputs_ServerComputedValues_AreUnknown()
    {
        var outputs = DeploymentPreview.CreateOutputs(Valid(("deploymentId", "chat-1")), "acme");

        Assert.All(ServerComputed, name => Assert.Equal(PropertyValue.Unknown, outputs[name]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void CreateOutputs_AccountNotConfigured_LeavesTheNameUnknown(string? accountId)
    {
        var outputs = DeploymentPreview.CreateOutputs(Valid(("deploymentId", "chat-1")), accountId);

        Assert.Equal(PropertyValue.Unknown, outputs["name"]);
    }

    [Fact]
    public void CreateOutputs_UnknownId_LeavesTheNameUnknownAndKeepsTheUnknownInput()
    {
        var outputs = DeploymentPreview.CreateOutputs(Valid(("deploymentId", PropertyValue.Unknown)), "acme");

        Assert.Equal(PropertyValue.Unknown, outputs["name"]);
        Assert.Equal(PropertyValue.Unknown, outputs["deploymentId"]);
    }

    [Fact]
    public void CreateOutputs_MultiRegionPlacement_LeavesTheRegionUnknown()
    {
        var outputs = DeploymentPreview.CreateOutputs(Valid(("deploymentId", "chat-1"), ("multiRegion", "US")), "acme");

        Assert.Equal(PropertyValue.Unknown, outputs["region"]);
        Assert.Equal(PropertyValue.Create("US"), outputs["multiRegion"]);
    }

    [Fact]
    public void CreateOutputs_DirectRouteKeys_StayWrappedAsSecret()
    {
        var inputs = Valid(("deploymentId", "chat-1"), ("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey }));

        var outputs = DeploymentPreview.CreateOutputs(inputs, "acme");

        Assert.Equal(Secret(new[] { SecretKey }), outputs["directRouteApiKeys"]);
        Assert.DoesNotContain(SecretKey, PropertyValue.CreateMap(outputs).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CreateOutputs_CheckedInputs_AreEchoedWithoutTheInternalDefaultsKey()
    {
        var checkedInputs = DeploymentCheck.Check(DeploymentRequests.Check(Valid())).Response.Inputs;

        var outputs = DeploymentPreview.CreateOutputs(checkedInputs, "acme");

        Assert.False(outputs.ContainsKey("__defaults"));
        Assert.Equal(checkedInputs["deploymentId"], outputs["deploymentId"]);
        Assert.Equal(PropertyValue.True, outputs["waitForReady"]);
    }

    [Fact]
    public void UpdateOutputs_KeepTheIdentityAndCreationTimeButNotTheState()
    {
        var old = Map(("name", "accounts/acme/deployments/chat-1"), ("createTime", "2026-07-01T00:00:00Z"),
            ("state", "READY"), ("directRouteHandle", "acme-chat-1.us-iowa-1.direct.fireworks.ai"));

        var outputs = DeploymentPreview.UpdateOutputs(Valid(("deploymentId", "chat-1"), ("displayName", "new")), old, null);

        Assert.Equal(old["name"], outputs["name"]);
        Assert.Equal(old["createTime"], outputs["createTime"]);
        Assert.Equal(old["directRouteHandle"], outputs["directRouteHandle"]);
        Assert.Equal(PropertyValue.Unknown, outputs["state"]);
        Assert.Equal(PropertyValue.Unknown, outputs["updateTime"]);
        Assert.Equal(PropertyValue.Create("new"), outputs["displayName"]);
    }
}
