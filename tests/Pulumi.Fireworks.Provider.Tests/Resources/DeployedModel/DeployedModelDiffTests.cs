using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeployedModelHarness;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel;

public sealed class DeployedModelDiffTests
{
    private readonly DeployedModelHarness _harness = new();

    [Fact]
    public void Diff_SameInputs_IsNoChange()
    {
        var inputs = _harness.Checked(("displayName", "Chat"));

        Assert.Equal(DiffChanges.None, _harness.Diff(inputs, _harness.Checked(("displayName", "Chat"))).Changes);
    }

    [Theory]
    [InlineData("model", "accounts/acme/models/support-lora")]
    [InlineData("deployment", "accounts/acme/deployments/chat-2")]
    public void Diff_ModelOrDeploymentChanged_RequiresReplacementLoadedBeforeTheOldIsUnloaded(string input, string value)
    {
        var diff = _harness.Diff(_harness.Checked(), _harness.Checked((input, value)));

        Assert.Equal<string>([input], diff.Replaces);
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff[input].Kind);
        Assert.False(diff.DeleteBeforeReplace, "another pair can load while the old addon still serves");
    }

    [Fact]
    public void Diff_UnknownDeployment_RequiresReplacement()
    {
        var diff = _harness.Diff(_harness.Checked(), _harness.Checked(("deployment", PropertyValue.Unknown)));

        Assert.Equal<string>(["deployment"], diff.Replaces);
    }

    [Fact]
    public void Diff_BareIdForTheSameDeployment_IsNoChange()
    {
        var diff = _harness.Diff(_harness.Checked(), _harness.Checked(("deployment", "chat-1")));

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Theory]
    [InlineData("displayName", "New")]
    [InlineData("description", "Serves the chat LoRA")]
    [InlineData("public", true)]
    [InlineData("default", false)]
    public void Diff_InPlaceInputChanged_IsAnUpdate(string input, object value)
    {
        var oldInputs = _harness.Checked(("displayName", "Old"), ("default", true));

        var diff = _harness.Diff(oldInputs, _harness.Checked(("displayName", "Old"), ("default", true), (input, value)));

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.Equal<string>([input], diff.Diffs);
    }

    [Fact]
    public void Diff_DefaultUnsetWhileTheServiceMadeItTrue_IsNoChange()
    {
        var inputs = _harness.Checked();
        var outputs = inputs.SetItem("default", PropertyValue.Create(true)).SetItem("public", PropertyValue.Create(false));

        Assert.Equal(DiffChanges.None, _harness.Diff(inputs, _harness.Checked(), outputs).Changes);
    }

    [Fact]
    public void Diff_DefaultRemovedFromTheProgram_IsNoChange()
    {
        var diff = _harness.Diff(_harness.Checked(("default", true)), _harness.Checked());

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public void Diff_DefaultSetToWhatTheServiceAlreadyHolds_IsNoChange()
    {
        var inputs = _harness.Checked();
        var outputs = inputs.SetItem("default", PropertyValue.Create(true));

        Assert.Equal(DiffChanges.None, _harness.Diff(inputs, _harness.Checked(("default", true)), outputs).Changes);
        Assert.Equal<string>(["default"], _harness.Diff(inputs, _harness.Checked(("default", false)), outputs).Diffs);
    }

    [Fact]
    public void Diff_PublicRemovedAfterItWasTrue_IsAnUpdateThatResetsIt()
    {
        var diff = _harness.Diff(_harness.Checked(("public", true)), _harness.Checked());

        Assert.Equal<string>(["public"], diff.Diffs);
        Assert.Equal(PropertyDiffKind.Delete, diff.DetailedDiff["public"].Kind);
    }

    [Fact]
    public void Diff_ReplaceMergedAddonChanged_IsAnUpdateOfStateOnly()
    {
        var diff = _harness.Diff(_harness.Checked(), _harness.Checked(("replaceMergedAddon", true)));

        Assert.Equal<string>(["replaceMergedAddon"], diff.Diffs);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task Diff_WithoutOldInputs_ComparesOnlyWhatTheProgramDeclares()
    {
        var outputs = _harness.Checked(("displayName", "Chat"))
            .SetItem("default", PropertyValue.Create(true)).SetItem("public", PropertyValue.Create(false))
            .SetItem("name", PropertyValue.Create("accounts/acme/deployedModels/chat-lora-1"));

        var diff = await _harness.Resource.DiffAsync(new ResourceDiffRequest("accounts/acme/deployedModels/chat-lora-1", Urn, "chatLora",
            TypeToken, outputs, PropertyValue.EmptyMap, _harness.Checked(), []), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public void Diff_IgnoredChange_IsNoChange()
    {
        var diff = _harness.Diff(_harness.Checked(("displayName", "Old")), _harness.Checked(("displayName", "New")), null, "displayName");

        Assert.Equal(DiffChanges.None, diff.Changes);
    }
}
