using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class EngineUriTests
{
    [Theory]
    [InlineData("127.0.0.1:41234", "http://127.0.0.1:41234")]
    [InlineData("localhost:1", "http://localhost:1")]
    [InlineData("https://127.0.0.1:2", "https://127.0.0.1:2")]
    public void From_HostAndPort_IsACleartextUri(string address, string uri)
    {
        Assert.Equal(uri, EngineUri.From(address));
        Assert.True(EngineUri.IsValid(address));
    }

    [Theory]
    [InlineData("a b c")]
    [InlineData("127.0.0.1:99999")]
    [InlineData("http://")]
    [InlineData(":::")]
    [InlineData("unix:///tmp/engine.sock")]
    [InlineData("ftp://127.0.0.1:21")]
    public void Validated_AddressNoChannelCouldUse_IsInvalidArgumentNamingTheField(string address)
    {
        var error = Assert.Throws<ProviderErrorException>(() => EngineUri.Validated(address, "engine_address"));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.StartsWith($"invalid engine_address \"{address}\": expected the engine's host:port", error.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("127.0.0.1:5")]
    public void Validated_EmptyOrHostAndPort_PassesUnchanged(string address)
    {
        Assert.Equal(address, EngineUri.Validated(address, "address"));
    }
}
