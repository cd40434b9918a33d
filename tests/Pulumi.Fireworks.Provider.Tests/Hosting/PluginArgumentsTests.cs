using Pulumi.Fireworks.Provider.Hosting;

namespace Pulumi.Fireworks.Provider.Tests.Hosting;

public sealed class PluginArgumentsTests
{
    [Fact]
    public void Parse_EngineAddressAlone_IsTheEngineAddress()
    {
        var parsed = PluginArguments.Parse(["127.0.0.1:41234"], out var error);

        Assert.Null(error);
        Assert.Equal(new PluginArguments("127.0.0.1:41234", false), parsed);
    }

    [Fact]
    public void Parse_EngineFlagsBeforeTheAddress_AreIgnored()
    {
        var parsed = PluginArguments.Parse(
            ["--logtostderr", "-v=9", "--logflow", "--tracing", "http://127.0.0.1:9411", "127.0.0.1:41234"], out _);

        Assert.Equal("127.0.0.1:41234", parsed?.EngineAddress);
    }

    [Fact]
    public void Parse_NoArguments_IsAttachModeWithoutAnEngineAddress()
    {
        var parsed = PluginArguments.Parse([], out var error);

        Assert.Null(error);
        Assert.Null(parsed?.EngineAddress);
    }

    [Fact]
    public void Parse_Version_AsksForTheVersion()
    {
        Assert.True(PluginArguments.Parse(["--version"], out _)?.ShowVersion);
    }

    [Fact]
    public void Parse_TwoPositionalArguments_IsAnError()
    {
        var parsed = PluginArguments.Parse(["127.0.0.1:1", "127.0.0.1:2"], out var error);

        Assert.Null(parsed);
        Assert.Contains("at most one argument", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownFlag_IsAnErrorNamingIt()
    {
        var parsed = PluginArguments.Parse(["--frobnicate"], out var error);

        Assert.Null(parsed);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b c")]
    [InlineData("127.0.0.1:99999")]
    public void Parse_EngineAddressNoChannelCouldUse_IsAnErrorNamingIt(string address)
    {
        var parsed = PluginArguments.Parse([address], out var error);

        Assert.Null(parsed);
        Assert.StartsWith($"invalid engine address \"{address}\"", error, StringComparison.Ordinal);
    }
}
