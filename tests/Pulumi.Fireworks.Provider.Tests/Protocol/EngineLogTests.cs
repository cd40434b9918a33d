using System.Net;
using System.Net.Sockets;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class EngineLogTests
{
    [Fact]
    public async Task LogAsync_WithoutEngine_WritesSeverityUrnAndMessageToTheFallback()
    {
        var stderr = new StringWriter();
        using var log = new EngineLog(stderr);

        await log.LogAsync(LogSeverity.Warning, "deployment is scaling", "urn:pulumi:dev::p::t::chat");

        Assert.Equal("[warning] urn:pulumi:dev::p::t::chat: deployment is scaling" + Environment.NewLine, stderr.ToString());
    }

    [Fact]
    public async Task LogAsync_InvalidUtf16_IsReplacedNotThrown()
    {
        var stderr = new StringWriter();
        using var log = new EngineLog(stderr);

        await log.LogAsync(LogSeverity.Info, "bad \ud800 text");

        Assert.Contains("bad \ufffd text", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogAsync_UnreachableEngine_FallsBackToTheFallbackWriter()
    {
        var stderr = new StringWriter();
        using var log = new EngineLog(stderr);
        log.Connect($"127.0.0.1:{UnusedPort()}");

        await log.LogAsync(LogSeverity.Info, "hello");

        Assert.Contains("[info] hello", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_NewAddress_ReplacesTheEngine()
    {
        using var log = new EngineLog(TextWriter.Null);

        log.Connect("127.0.0.1:1");
        log.Connect("127.0.0.1:2");

        Assert.Equal("127.0.0.1:2", log.EngineAddress);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
