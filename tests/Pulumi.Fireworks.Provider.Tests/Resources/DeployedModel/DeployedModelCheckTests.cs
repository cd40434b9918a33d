using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeployedModelHarness;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel;

public sealed class DeployedModelCheckTests
{
    private readonly DeployedModelHarness _harness = new();

    [Fact]
    public void Check_ValidInputs_ReturnsThemAsTheyCame()
    {
        var response = _harness.Check(Program(("displayName", "Chat LoRA"), ("public", true), ("replaceMergedAddon", false)));

        Assert.Empty(response.Failures);
        Assert.Equal(PropertyValue.Create(TargetDeployment), response.Inputs["deployment"]);
        Assert.Equal(PropertyValue.Create(Lora), response.Inputs["model"]);
        Assert.Equal(PropertyValue.Create("Chat LoRA"), response.Inputs["displayName"]);
        Assert.Equal(PropertyValue.Create(true), response.Inputs["public"]);
        Assert.False(response.Inputs.ContainsKey("default"), "an unset default stays unset (the service decides)");
    }

    [Fact]
    public void Check_BareDeploymentId_IsCompletedWithTheConfiguredAccount()
    {
        var response = _harness.Check(Program(("deployment", "chat-1")));

        Assert.Empty(response.Failures);
        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), response.Inputs["deployment"]);
    }

    [Fact]
    public void Check_MissingDeploymentAndModel_NamesBothRequiredInputs()
    {
        var response = _harness.Check(DeploymentProps.Map(("displayName", "x")));

        Assert.Equal(["deployment", "model"], response.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
        Assert.Contains(response.Failures, f => f.Reason.Contains("`name` output", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chat-lora")]
    [InlineData("accounts/acme/deployments/chat-1")]
    [InlineData("accounts/acme/models/")]
    public void Check_ModelThatIsNotAModelName_FailsNamingTheForm(string model)
    {
        var failure = Assert.Single(_harness.Check(Program(("model", model))).Failures);

        Assert.Equal("model", failure.Property);
        Assert.Contains("accounts/<account>/models/<model>", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accounts/acme/models/chat-lora")]
    [InlineData("accounts/acme/deployments/")]
    [InlineData("chat 1")]
    public void Check_DeploymentThatIsNotADeployment_FailsNamingBothForms(string deployment)
    {
        var failure = Assert.Single(_harness.Check(Program(("deployment", deployment))).Failures);

        Assert.Equal("deployment", failure.Property);
        Assert.Contains("accounts/<account>/deployments/<id>", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("bare deployment id", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DisplayNameAtFireworksLimit_FailsAndOneShorterPasses()
    {
        var failure = Assert.Single(_harness.Check(Program(("displayName", new string('a', 64)))).Failures);

        Assert.Equal("displayName", failure.Property);
        Assert.Contains("fewer than 64 characters", failure.Reason, StringComparison.Ordinal);
        Assert.Empty(_harness.Check(Program(("displayName", new string('a', 63)))).Failures);
    }

    [Fact]
    public void Check_DescriptionAtFireworksLimit_FailsNamingTheLimit()
    {
        var failure = Assert.Single(_harness.Check(Program(("description", new string('a', 1000)))).Failures);

        Assert.Equal("description", failure.Property);
        Assert.Contains("fewer than 1000 characters", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownPropertyOrWrongType_FailsNamingThePropertyAndWhatIsAllowed()
    {
        var failures = _harness.Check(Program(("publik", true), ("default", "yes"))).Failures;

        Assert.Contains(failures, f => f.Property == "publik" && f.Reason.Contains("did you mean 'public'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Property == "default" && f.Reason.Contains("true or false", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownDeploymentDuringPreview_StaysUnknown()
    {
        var response = _harness.Check(Program(("deployment", PropertyValue.Unknown)));

        Assert.Empty(response.Failures);
        Assert.True(response.Inputs["deployment"].IsUnknown);
    }

    [Fact]
    public void Check_SecretInput_StaysSecretAndAFailureNeverQuotesIt()
    {
        var secret = "accounts/acme/deployments/hidden-1";
        var ok = _harness.Check(Program(("deployment", DeploymentProps.Secret(secret))));
        var bad = _harness.Check(Program(("model", DeploymentProps.Secret("not-a-model-name"))));

        Assert.True(ok.Inputs["deployment"].IsSecret);
        var failure = Assert.Single(bad.Failures);
        Assert.DoesNotContain("not-a-model-name", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("model", failure.Reason, StringComparison.Ordinal);
    }
}
