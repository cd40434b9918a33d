using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentIdNamingTests
{
    private static ResourceCheckResponse Check(ImmutableDictionary<string, PropertyValue> news,
        ImmutableDictionary<string, PropertyValue>? olds = null, Autonaming? autonaming = null, string name = "chat",
        ImmutableArray<byte>? seed = null) =>
        DeploymentCheck.Check(DeploymentRequests.Check(news, olds, autonaming, name, seed)).Response;

    private static string IdOf(ResourceCheckResponse response)
    {
        Assert.Empty(response.Failures);
        Assert.True(response.Inputs["deploymentId"].TryGetString(out var id));
        return id;
    }

    [Fact]
    public void Check_NoDeploymentId_DerivesItFromTheResourceNameAndASevenCharacterSuffix()
    {
        var id = IdOf(Check(Valid()));

        Assert.Matches("^chat-[a-z0-9]{7}$", id);
        Assert.True(DeploymentInputsValidator.IsValidDeploymentId(id));
        Assert.Contains(PropertyValue.Create("deploymentId"), ListOf(Check(Valid()).Inputs["__defaults"]));
    }

    [Fact]
    public void Check_SameSeed_GivesTheSameId()
    {
        Assert.Equal(IdOf(Check(Valid())), IdOf(Check(Valid())));
    }

    [Fact]
    public void Check_DifferentSeed_GivesADifferentId()
    {
        ImmutableArray<byte> other = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];

        Assert.NotEqual(IdOf(Check(Valid())), IdOf(Check(Valid(), seed: other)));
    }

    [Theory]
    [InlineData("My Chat_Model", "^my-chat-model-[a-z0-9]{7}$")]
    [InlineData("42-llama", "^d-42-llama-[a-z0-9]{7}$")]
    [InlineData("!!!", "^deployment-[a-z0-9]{7}$")]
    [InlineData("Über--Name--", "^ber-name-[a-z0-9]{7}$")]
    public void Check_ResourceNameWithInvalidCharacters_IsMadeAValidId(string resourceName, string pattern)
    {
        var id = IdOf(Check(Valid(), name: resourceName));

        Assert.Matches(pattern, id);
        Assert.True(DeploymentInputsValidator.IsValidDeploymentId(id));
    }

    [Fact]
    public void Check_LongResourceName_IsTrimmedToFitSixtyThreeCharacters()
    {
        var id = IdOf(Check(Valid(), name: new string('a', 80)));

        Assert.Equal(63, id.Length);
        Assert.True(DeploymentInputsValidator.IsValidDeploymentId(id));
    }

    [Fact]
    public void Check_UpdateWithoutDeploymentId_KeepsTheIdGeneratedEarlier()
    {
        var olds = Check(Valid(), seed: [.. Enumerable.Range(7, 32).Select(i => (byte)i)]).Inputs;

        var response = Check(Valid(), olds);

        Assert.Equal(olds["deploymentId"], response.Inputs["deploymentId"]);
    }

    [Fact]
    public void Check_RenamedResource_GetsANewId()
    {
        var olds = Check(Valid()).Inputs;

        var id = IdOf(Check(Valid(), olds, name: "assistant"));

        Assert.StartsWith("assistant-", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UserGivenId_WinsOverGeneration()
    {
        var response = Check(Valid(("deploymentId", "my-chat")));

        Assert.Equal("my-chat", IdOf(response));
        Assert.DoesNotContain(PropertyValue.Create("deploymentId"), ListOf(response.Inputs["__defaults"]));
    }

    [Fact]
    public void Check_ProposeMode_UsesTheProposedName()
    {
        Assert.Equal("chat-prod-x1", IdOf(Check(Valid(), autonaming: new Autonaming("chat-prod-x1", AutonamingMode.Propose))));
    }

    [Fact]
    public void Check_ProposeModeWithInvalidCharacters_MakesTheProposedNameValid()
    {
        Assert.Equal("chat-prod-x1", IdOf(Check(Valid(), autonaming: new Autonaming("Chat_Prod_X1", AutonamingMode.Propose))));
    }

    [Fact]
    public void Check_ProposeModeWithTooLongName_FailsClearly()
    {
        var response = Check(Valid(), autonaming: new Autonaming(new string('a', 70), AutonamingMode.Propose));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("deploymentId", failure.Property);
        Assert.Contains("autonaming configuration proposes", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("1 to 63 characters", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProposeModeWithUserId_KeepsTheUserId()
    {
        Assert.Equal("mine", IdOf(Check(Valid(("deploymentId", "mine")), autonaming: new Autonaming("chat-x", AutonamingMode.Propose))));
    }

    [Fact]
    public void Check_EnforceMode_UsesTheProposedName()
    {
        Assert.Equal("chat-x", IdOf(Check(Valid(), autonaming: new Autonaming("chat-x", AutonamingMode.Enforce))));
    }

    [Fact]
    public void Check_EnforceModeWithDifferentUserId_Fails()
    {
        var response = Check(Valid(("deploymentId", "mine")), autonaming: new Autonaming("chat-x", AutonamingMode.Enforce));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("deploymentId", failure.Property);
        Assert.Contains("enforces the name \"chat-x\"", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EnforceModeWithInvalidProposedName_Fails()
    {
        var response = Check(Valid(), autonaming: new Autonaming("Chat_X", AutonamingMode.Enforce));

        Assert.Contains("not a valid deploymentId", Assert.Single(response.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DisableModeWithoutUserId_Fails()
    {
        var response = Check(Valid(), autonaming: new Autonaming("chat-x", AutonamingMode.Disable));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("deploymentId", failure.Property);
        Assert.Contains("autonaming is disabled", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DisableModeWithUserId_UsesIt()
    {
        Assert.Equal("mine", IdOf(Check(Valid(("deploymentId", "mine")), autonaming: new Autonaming("x", AutonamingMode.Disable))));
    }

    private static ImmutableArray<PropertyValue> ListOf(PropertyValue value)
    {
        Assert.True(value.TryGetList(out var items));
        return items;
    }
}
