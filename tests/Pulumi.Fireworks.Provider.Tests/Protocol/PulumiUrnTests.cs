using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class PulumiUrnTests
{
    [Fact]
    public void TryParse_ResourceUrn_GivesStackProjectTypeAndName()
    {
        Assert.True(PulumiUrn.TryParse("urn:pulumi:dev::chat-app::fireworks:index:Deployment::chat", out var urn));

        Assert.Equal("dev", urn.Stack);
        Assert.Equal("chat-app", urn.Project);
        Assert.Equal("fireworks:index:Deployment", urn.QualifiedType);
        Assert.Equal("fireworks:index:Deployment", urn.Type);
        Assert.Equal("chat", urn.Name);
    }

    [Fact]
    public void TryParse_ParentChain_TypeIsTheLastSegment()
    {
        Assert.True(PulumiUrn.TryParse(
            "urn:pulumi:prod::p::my:index:Stack$my:index:Component$fireworks:index:Deployment::chat", out var urn));

        Assert.Equal("my:index:Stack$my:index:Component$fireworks:index:Deployment", urn.QualifiedType);
        Assert.Equal("fireworks:index:Deployment", urn.Type);
        Assert.Equal("chat", urn.Name);
    }

    [Theory]
    [InlineData("urn:pulumi:dev::p::pulumi:providers:fireworks::default", "pulumi:providers:fireworks", "default")]
    [InlineData("urn:pulumi:dev::p::my:index:Component$pulumi:providers:fireworks::explicit",
        "pulumi:providers:fireworks", "explicit")]
    public void TryParse_ProviderUrn_GivesTheProviderType(string text, string type, string name)
    {
        Assert.True(PulumiUrn.TryParse(text, out var urn));

        Assert.Equal(type, urn.Type);
        Assert.Equal(name, urn.Name);
    }

    [Theory]
    [InlineData("urn:pulumi:dev::p::fireworks:index:Deployment::a::b", "a::b")]
    [InlineData("urn:pulumi:dev::p::fireworks:index:Deployment::::", "::")]
    [InlineData("urn:pulumi:dev::p::fireworks:index:Deployment::name with spaces$and:colons", "name with spaces$and:colons")]
    public void TryParse_NameWithDelimiters_KeepsEverythingAfterTheThirdDelimiter(string text, string name)
    {
        Assert.True(PulumiUrn.TryParse(text, out var urn));

        Assert.Equal("fireworks:index:Deployment", urn.Type);
        Assert.Equal(name, urn.Name);
    }

    [Theory]
    [InlineData("urn:pulumi:my stack.with-odd_chars::Project Name (2)::fireworks:index:Deployment::x", "my stack.with-odd_chars", "Project Name (2)")]
    [InlineData("urn:pulumi:org/team/dev::ünïcödé::fireworks:index:Deployment::x", "org/team/dev", "ünïcödé")]
    [InlineData("urn:pulumi:a:b::c:d::fireworks:index:Deployment::x", "a:b", "c:d")]
    public void TryParse_OddStackAndProject_AreTakenAsTheyAre(string text, string stack, string project)
    {
        Assert.True(PulumiUrn.TryParse(text, out var urn));

        Assert.Equal(stack, urn.Stack);
        Assert.Equal(project, urn.Project);
        Assert.Equal("fireworks:index:Deployment", urn.Type);
        Assert.Equal("x", urn.Name);
    }

    [Fact]
    public void TryParse_TripleColon_SplitsAtTheLeftmostPairLikeTheEngine()
    {
        Assert.True(PulumiUrn.TryParse("urn:pulumi:dev::p::fireworks:index:Deployment:::x", out var urn));

        Assert.Equal("fireworks:index:Deployment", urn.Type);
        Assert.Equal(":x", urn.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("chat")]
    [InlineData("urn:pulumi:")]
    [InlineData("urn:pulumi:dev::p::fireworks:index:Deployment")]
    [InlineData("urn:pulumi:dev::p")]
    [InlineData("urn:other:dev::p::fireworks:index:Deployment::chat")]
    [InlineData("URN:PULUMI:dev::p::fireworks:index:Deployment::chat")]
    [InlineData(" urn:pulumi:dev::p::fireworks:index:Deployment::chat")]
    [InlineData("fireworks:index:Deployment")]
    public void TryParse_Malformed_IsFalse(string? text)
    {
        Assert.False(PulumiUrn.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_EmptyComponents_AreAllowedLikeTheEngineAllowsThem()
    {
        Assert.True(PulumiUrn.TryParse("urn:pulumi:::::::", out var urn));

        Assert.Equal(string.Empty, urn.Stack);
        Assert.Equal(string.Empty, urn.Type);
        Assert.Equal(string.Empty, urn.Name);
    }

    [Fact]
    public void TryParse_TypeEndingInDollar_HasAnEmptyType()
    {
        Assert.True(PulumiUrn.TryParse("urn:pulumi:dev::p::my:index:Component$::x", out var urn));

        Assert.Equal(string.Empty, urn.Type);
    }

    [Fact]
    public void ToString_GivesBackTheParsedText()
    {
        const string text = "urn:pulumi:dev::p::a:b:C$fireworks:index:Deployment::x::y";
        Assert.True(PulumiUrn.TryParse(text, out var urn));

        Assert.Equal(text, urn.ToString());
    }

    [Fact]
    public void Example_IsAValidUrn()
    {
        Assert.True(PulumiUrn.TryParse(PulumiUrn.Example, out var urn));
        Assert.Equal("fireworks:index:Deployment", urn.Type);
    }
}
