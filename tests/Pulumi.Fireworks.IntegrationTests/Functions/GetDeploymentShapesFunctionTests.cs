using System.Collections.Immutable;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Functions;

/// <summary>getDeploymentShapes end to end against the emulator's seeded public shapes, one version per page.</summary>
public sealed class GetDeploymentShapesFunctionTests
{
    private const string Token = "fireworks:index:getDeploymentShapes";
    private const string Shapes = "accounts/fireworks/deploymentShapes/";

    private static Task<ProviderSession> StartAsync() =>
        ProviderSession.StartAsync(functions: functions => functions with { PageSize = 1 });

    private static List<(string Name, string Version)> Entries(ImmutableDictionary<string, PropertyValue> result)
    {
        Assert.True(result["shapes"].TryGetList(out var items));
        return [.. items.Select(item =>
        {
            Assert.True(item.TryGetMap(out var map));
            Assert.True(map["name"].TryGetString(out var name));
            Assert.True(map["versionName"].TryGetString(out var version));
            return (name, version);
        })];
    }

    [Fact]
    public async Task Invoke_AModelWithShapes_ListsEachValidatedShapeOnceWithItsLatestValidatedVersion()
    {
        await using var session = await StartAsync();

        var (result, failures) = await session.InvokeAsync(Token, Props(("baseModel", Model)));

        Assert.Empty(failures);
        Assert.Equal(
            [
                (Shapes + "llama-v3p1-8b-instruct-minimal", Shapes + "llama-v3p1-8b-instruct-minimal/versions/mnml8b01"),
                (Shapes + "llama-v3p1-8b-instruct-throughput", Shapes + "llama-v3p1-8b-instruct-throughput/versions/thru8b01"),
            ],
            Entries(result).OrderBy(entry => entry.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Invoke_AModelWithoutShapes_ReturnsAnEmptyList()
    {
        await using var session = await StartAsync();

        var (result, failures) = await session.InvokeAsync(Token, Props(("baseModel", "accounts/fireworks/models/no-shapes-for-me")));

        Assert.Empty(failures);
        Assert.Empty(Entries(result));
    }

    [Fact]
    public async Task Invoke_ABareModelId_IsAFailureSuggestingTheFullName()
    {
        await using var session = await StartAsync();

        var (_, failures) = await session.InvokeAsync(Token, Props(("baseModel", "gpt-oss-120b")));

        var failure = Assert.Single(failures);
        Assert.Equal("baseModel", failure.Property);
        Assert.Contains("accounts/fireworks/models/gpt-oss-120b", failure.Reason, StringComparison.Ordinal);
    }
}
