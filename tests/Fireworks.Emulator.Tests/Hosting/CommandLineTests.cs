using Fireworks.Emulator.Hosting;

namespace Fireworks.Emulator.Tests.Hosting;

public sealed class CommandLineTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Parse_Options_SetAccountKeysDelaysAndFaults()
    {
        var options = CommandLine.Parse(
            ["--port", "8123", "--account", "acme", "--api-key", "k1", "--api-key", "k2", "--ready-delay", "250ms", "--update-delay", "1m30s",
             "--missing-model", "accounts/f/models/gone", "--requests-per-minute", "10", "--fault", """{"status":503,"count":2}"""],
            NoEnvironment)!;

        Assert.Equal(8123, options.Port);
        Assert.Equal("acme", options.AccountId);
        Assert.Equal(["k1", "k2"], options.ApiKeys);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.ReadyDelay);
        Assert.Equal(TimeSpan.FromSeconds(90), options.UpdateDelay);
        Assert.Equal(["accounts/f/models/gone"], options.MissingModels);
        Assert.Equal([new FaultRule { RequestsPerMinute = 10 }, new FaultRule { Status = 503, Count = 2 }], options.Faults);
    }

    [Fact]
    public void Parse_EnvironmentFallbacks_AreOverriddenByOptions()
    {
        var environment = new Dictionary<string, string>
        {
            ["FIREWORKS_EMULATOR_ACCOUNT"] = "from-env",
            ["FIREWORKS_EMULATOR_API_KEYS"] = "e1, e2",
            ["FIREWORKS_EMULATOR_READY_DELAY"] = "2",
        };

        var options = CommandLine.Parse(["--account", "from-args"], environment.GetValueOrDefault)!;

        Assert.Equal("from-args", options.AccountId);
        Assert.Equal(["e1", "e2"], options.ApiKeys);
        Assert.Equal(TimeSpan.FromSeconds(2), options.ReadyDelay);
    }

    [Fact]
    public void Parse_Help_ReturnsNull() => Assert.Null(CommandLine.Parse(["--help"], NoEnvironment));

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port", "x")]
    [InlineData("--ready-delay", "soon")]
    [InlineData("--port")]
    public void Parse_BadOption_Throws(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args, NoEnvironment));
}
