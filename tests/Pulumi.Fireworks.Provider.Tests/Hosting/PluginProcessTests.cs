using System.Globalization;
using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Hosting;

public sealed class PluginProcessTests
{
    private readonly PortLineWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private PluginHostOptions Options() => new()
    {
        ResourceFactory = new FixedResourceFactory(),
        Environment = FakeEnvironment.Empty,
        PortOutput = _stdout,
        Diagnostics = _stderr,
    };

    [Fact]
    public async Task RunAsync_StoppedWhileStarting_ExitsZeroWithoutThePortLineOrAnException()
    {
        // What SIGINT during Kestrel's start-up does: it used to abort the process with an unhandled exception.
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        var exitCode = await PluginProcess.RunAsync([], Options(), stopping.Token);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, _stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_StoppedAfterThePortLine_ExitsZero()
    {
        using var stopping = new CancellationTokenSource();
        var run = PluginProcess.RunAsync([], Options(), stopping.Token);

        var portLine = await _stdout.FirstLine;
        await stopping.CancelAsync();

        Assert.Equal(0, await run);
        Assert.InRange(int.Parse(portLine.TrimEnd('\n'), NumberStyles.None, CultureInfo.InvariantCulture), 1, 65535);
        Assert.Equal(portLine, _stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_Version_PrintsOnlyTheVersion()
    {
        var exitCode = await PluginProcess.RunAsync(["--version"], Options());

        Assert.Equal(0, exitCode);
        Assert.Equal(PluginVersion.Current + "\n", _stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_BadCommandLine_ExitsTwoWithTheUsageOnStderrOnly()
    {
        var exitCode = await PluginProcess.RunAsync(["--no-such-flag"], Options());

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, _stdout.ToString());
        Assert.Contains("unknown flag \"--no-such-flag\"", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: pulumi-resource-fireworks", _stderr.ToString(), StringComparison.Ordinal);
    }
}
