using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.DeployedModels;

public sealed class DeployedModelNameTests
{
    [Theory]
    [InlineData("accounts/other/deployedModels/chat-lora-a1b2c3d4", "other", "chat-lora-a1b2c3d4")]
    [InlineData("chat-lora-a1b2c3d4", "acme", "chat-lora-a1b2c3d4")]
    public void Parse_FullNameOrBareId_NamesTheAccountAndId(string text, string account, string id)
    {
        var name = DeployedModelName.Parse(text, "acme");

        Assert.Equal(account, name.AccountId);
        Assert.Equal(id, name.DeployedModelId);
        Assert.Equal($"accounts/{account}/deployedModels/{id}", name.ToString());
    }

    [Theory]
    [InlineData("accounts/acme/deployments/chat-1")]
    [InlineData("accounts/acme/deployedModels/")]
    [InlineData("accounts//deployedModels/x")]
    [InlineData("")]
    [InlineData("a b")]
    public void TryParse_AnythingElse_IsRefused(string text)
    {
        Assert.False(DeployedModelName.TryParse(text, "acme", out _));
        Assert.Throws<ArgumentException>(() => DeployedModelName.Parse(text, "acme"));
    }

    [Fact]
    public void ForPair_QuotesBothNamesAndEscapesQuotes()
    {
        var options = ListDeployedModelsOptions.ForPair("accounts/a/deployments/d", "accounts/a/models/m\"x");

        Assert.Equal("deployment=\"accounts/a/deployments/d\" AND model=\"accounts/a/models/m\\\"x\"", options.Filter);
    }
}
