using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks;

public class DeploymentNameTests
{
    [Fact]
    public void Parse_FullName_KeepsItsAccount()
    {
        Assert.Equal(new DeploymentName("other", "d1"), DeploymentName.Parse("accounts/other/deployments/d1", "acme"));
    }

    [Fact]
    public void Parse_BareId_UsesTheDefaultAccount()
    {
        Assert.Equal("accounts/acme/deployments/d1", DeploymentName.Parse("d1", "acme").ToString());
    }

    [Theory]
    [InlineData("accounts/a/models/m")]
    [InlineData("a/b")]
    [InlineData("accounts//deployments/x")]
    public void Parse_OtherShapes_AreRejected(string text)
    {
        Assert.Throws<ArgumentException>(() => DeploymentName.Parse(text, "acme"));
    }

    [Theory]
    [InlineData("chat-1", true)]
    [InlineData("1chat", false)]
    [InlineData("Chat", false)]
    [InlineData("chat_1", false)]
    public void IsValidDeploymentId_FollowsTheIdRules(string id, bool valid)
    {
        Assert.Equal(valid, DeploymentName.IsValidDeploymentId(id));
    }
}
