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

    [Fact]
    public void Parse_RegionsLorasShapesDelaysAndUnknownFields()
    {
        var options = CommandLine.Parse(
            ["--region", "EU_MADRID_1", "--region", "US_MARS_1", "--lora-model", "accounts/a/models/l=accounts/fireworks/models/b",
             "--load-delay", "5s", "--unload-delay", "250ms", "--unknown-output-fields", "--unavailable-accelerator", "accounts/f/models/m=NVIDIA_L4_24GB",
             "--deployment-shape", """{"name":"accounts/a/deploymentShapes/s","versions":[{"acceleratorCount":2}]}"""],
            NoEnvironment)!;

        Assert.Equal(["EU_MADRID_1", "US_MARS_1"], options.ExtraRegions);
        Assert.Equal([new LoraModel { Name = "accounts/a/models/l", BaseModel = "accounts/fireworks/models/b" }], options.LoraModels);
        Assert.Equal(TimeSpan.FromSeconds(5), options.LoadDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.UnloadDelay);
        Assert.True(options.UnknownOutputFields);
        Assert.Equal([new UnavailableAccelerator("accounts/f/models/m", "NVIDIA_L4_24GB")], options.UnavailableAccelerators);
        Assert.Equal(2, Assert.Single(Assert.Single(options.DeploymentShapes).Versions).AcceleratorCount);
    }

    [Fact]
    public void Parse_RegionsLorasAndUnknownFieldsFromTheEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["FIREWORKS_EMULATOR_REGIONS"] = "EU_MADRID_1, US_MARS_1",
            ["FIREWORKS_EMULATOR_LORA_MODELS"] = "l1=accounts/f/models/b",
            ["FIREWORKS_EMULATOR_UNKNOWN_OUTPUT_FIELDS"] = "1",
        };

        var options = CommandLine.Parse([], environment.GetValueOrDefault)!;

        Assert.Equal(["EU_MADRID_1", "US_MARS_1"], options.ExtraRegions);
        Assert.Equal("l1", Assert.Single(options.LoraModels).Name);
        Assert.True(options.UnknownOutputFields);
    }

    [Theory]
    [InlineData("--lora-model", "no-equals-sign")]
    [InlineData("--lora-model", "name=")]
    [InlineData("--deployment-shape", "{not json")]
    public void Parse_MalformedLoraOrShape_Throws(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args, NoEnvironment));
}
