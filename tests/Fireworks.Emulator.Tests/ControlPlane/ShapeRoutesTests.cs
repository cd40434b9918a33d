using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class ShapeRoutesTests
{
    private const string Shapes = "v1/accounts/fireworks/deploymentShapes";

    [Fact]
    public async Task GetShape_ReturnsTheLatestValidatedVersionsContent()
    {
        await using var session = await EmulatorSession.StartAsync();

        var shape = await session.GetJsonAsync($"{Shapes}/llama-v3p1-8b-instruct-throughput");

        Assert.Equal("accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-throughput", shape.GetProperty("name").GetString());
        Assert.Equal("NVIDIA_H100_80GB", shape.GetProperty("acceleratorType").GetString());
        Assert.Equal(1, shape.GetProperty("acceleratorCount").GetInt32());
        Assert.Equal("8030261248", shape.GetProperty("parameterCount").GetString());
    }

    [Fact]
    public async Task GetShape_SkipShapeValidation_ReturnsTheNewestVersionOfAnyStatus()
    {
        await using var session = await EmulatorSession.StartAsync();

        var shape = await session.GetJsonAsync($"{Shapes}/llama-v3p1-8b-instruct-throughput?skipShapeValidation=true");

        Assert.Equal("NVIDIA_H200_141GB", shape.GetProperty("acceleratorType").GetString());
        Assert.Equal(2, shape.GetProperty("acceleratorCount").GetInt32());
    }

    [Fact]
    public async Task GetShape_WithoutValidatedVersion_Is400FailedPrecondition()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{Shapes}/llama-v3p1-8b-instruct-fast");

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "no validated version");
    }

    [Fact]
    public async Task GetShape_Unknown_Is404()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{Shapes}/nope");

        await EmulatorSession.AssertErrorAsync(response, 404, 5, "nope");
    }

    [Fact]
    public async Task ListShapes_PageSizeOne_SpansSeveralPagesForOneModel()
    {
        await using var session = await EmulatorSession.StartAsync();
        var filter = Uri.EscapeDataString($"base_model=\"{EmulatorSession.Llama}\"");

        var names = new List<string>();
        string? token = "";
        var pages = 0;
        do
        {
            var page = await session.GetJsonAsync($"{Shapes}?pageSize=1&filter={filter}&pageToken={Uri.EscapeDataString(token ?? "")}");
            names.AddRange(page.GetProperty("deploymentShapes").EnumerateArray().Select(s => s.GetProperty("name").GetString()!));
            token = page.GetProperty("nextPageToken").GetString();
            pages++;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(3, pages);
        Assert.Contains("accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal", names);
        Assert.DoesNotContain(names, n => n.Contains("gpt-oss", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListShapes_TargetModel_ResolvesALoraToItsBaseModel()
    {
        await using var session = await EmulatorSession.StartAsync();

        var page = await session.GetJsonAsync($"{Shapes}?targetModel={Uri.EscapeDataString("accounts/emulator-account/models/oss-lora")}");
        var names = page.GetProperty("deploymentShapes").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();

        Assert.Contains("accounts/fireworks/deploymentShapes/gpt-oss-120b-minimal", names);
        Assert.Contains("accounts/fireworks/deploymentShapes/small", names);
        Assert.DoesNotContain(names, n => n.Contains("llama", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListShapes_PageTokenWithAnotherFilter_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();
        var first = await session.GetJsonAsync($"{Shapes}?pageSize=1");
        var token = Uri.EscapeDataString(first.GetProperty("nextPageToken").GetString()!);

        using var response = await session.Http.GetAsync($"{Shapes}?pageSize=1&pageToken={token}&filter={Uri.EscapeDataString("preset_type=MINIMAL")}");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "pageToken");
    }

    [Fact]
    public async Task ListVersions_WildcardsAndFilters_FindTheLatestValidatedVersionOfAModel()
    {
        await using var session = await EmulatorSession.StartAsync();
        var filter = Uri.EscapeDataString($"snapshot.base_model=\"{EmulatorSession.Llama}\" AND latest_validated=true");

        var page = await session.GetJsonAsync($"v1/accounts/-/deploymentShapes/-/versions?filter={filter}&orderBy={Uri.EscapeDataString("create_time desc")}");
        var names = page.GetProperty("deploymentShapeVersions").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToList();

        Assert.Equal(2, names.Count);
        Assert.Contains("accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-throughput/versions/thru8b01", names);
        Assert.Contains("accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal/versions/mnml8b01", names);
    }

    [Fact]
    public async Task ListVersions_OfOneShape_NewestFirst_ShowsValidationFlags()
    {
        await using var session = await EmulatorSession.StartAsync();

        var page = await session.GetJsonAsync($"{Shapes}/llama-v3p1-8b-instruct-throughput/versions?orderBy={Uri.EscapeDataString("create_time desc")}");
        var versions = page.GetProperty("deploymentShapeVersions").EnumerateArray().ToList();

        Assert.Equal(2, versions.Count);
        Assert.EndsWith("/versions/thru8b02", versions[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(versions[0].GetProperty("validated").GetBoolean());
        Assert.False(versions[0].GetProperty("latestValidated").GetBoolean());
        Assert.True(versions[1].GetProperty("latestValidated").GetBoolean());
        Assert.Equal("NVIDIA_H200_141GB", versions[0].GetProperty("snapshot").GetProperty("acceleratorType").GetString());
    }

    [Fact]
    public async Task GetVersion_ReturnsTheSnapshot_AndUnknownVersionIs404()
    {
        await using var session = await EmulatorSession.StartAsync();

        var version = await session.GetJsonAsync($"{Shapes}/llama-v3p1-8b-instruct-minimal/versions/mnml8b01");
        using var missing = await session.Http.GetAsync($"{Shapes}/llama-v3p1-8b-instruct-minimal/versions/zzzzzzzz");

        Assert.True(version.GetProperty("snapshot").GetProperty("enableAddons").GetBoolean());
        Assert.Equal("FP8", version.GetProperty("snapshot").GetProperty("precision").GetString());
        await EmulatorSession.AssertErrorAsync(missing, 404, 5);
    }

    [Fact]
    public async Task ShapesOfAnotherPrivateAccount_Are403()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync("v1/accounts/someone-else/deploymentShapes");

        await EmulatorSession.AssertErrorAsync(response, 403, 7);
    }

    [Fact]
    public async Task AddedShape_FromTheOptions_IsServedWithAGeneratedVersionId()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.DeploymentShapes.Add(new DeploymentShapeDefinition
        {
            Name = "accounts/emulator-account/deploymentShapes/mine",
            Versions = [new DeploymentShapeVersionDefinition { BaseModel = EmulatorSession.Llama, AcceleratorType = "NVIDIA_B300_288GB", AcceleratorCount = 4 }],
        }));

        var versions = await session.GetJsonAsync("v1/accounts/emulator-account/deploymentShapes/mine/versions");

        var name = versions.GetProperty("deploymentShapeVersions")[0].GetProperty("name").GetString();
        Assert.Matches("^accounts/emulator-account/deploymentShapes/mine/versions/[a-z0-9]{8}$", name);
        Assert.Equal("NVIDIA_B300_288GB", (await session.GetJsonAsync("v1/accounts/emulator-account/deploymentShapes/mine")).GetProperty("acceleratorType").GetString());
    }
}
