using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Resources.Deployment;

/// <summary>
/// A replacement carried out the way the engine does it: Diff asks for it, Check runs again without olds, then
/// create-before-delete (generated id) or delete-before-create (explicit id). Never two paid deployments left, never
/// a collision.
/// </summary>
public sealed class DeploymentReplacementTests
{
    private const string Key = "ReplacementRouteKey1";

    private static ImmutableDictionary<string, PropertyValue> Program(string region, string? deploymentId = null)
    {
        var props = Props(("baseModel", Model), ("acceleratorType", "NVIDIA_H100_80GB"), ("region", region),
            ("directRouteType", "INTERNET"), ("directRouteApiKeys", PropertyValue.CreateSecret(Value(new[] { Key }))));
        return deploymentId is null ? props : props.SetItem("deploymentId", PropertyValue.Create(deploymentId));
    }

    private static ImmutableDictionary<string, PropertyValue> Decode(Struct properties) => PropertyValueCodec.DecodeMap(properties);

    [Fact]
    public async Task Replace_GeneratedIdRegionChange_CreatesTheNewDeploymentBeforeDeletingTheOld()
    {
        await using var session = await StartAsync();
        var oldInputs = await session.CheckAsync(Program("US_ARIZONA_1"), seed: 1);
        var old = await session.CreateAsync(oldInputs);
        var oldOutputs = Decode(old.Properties);

        var newInputs = await session.CheckAsync(Program("US_IOWA_1"), seed: 2);
        var diff = await session.DiffAsync(old.Id, oldOutputs, oldInputs, newInputs);
        Assert.Contains("region", diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);

        var replacement = await session.CreateAsync(newInputs);
        Assert.NotEqual(old.Id, replacement.Id);
        Assert.Equal(2, session.Emulator.GetDeployments().Count(d => d.State == "READY"));

        await session.DeleteAsync(old.Id, oldOutputs, oldInputs);

        var left = Assert.Single(session.Emulator.GetDeployments());
        Assert.Equal(replacement.Id, left.Name);
        Assert.Equal(PropertyValue.Create("US_IOWA_1"), Decode(replacement.Properties)["region"]);
        Assert.EndsWith(".us-iowa-1.direct.fireworks.ai",
            Decode(replacement.Properties)["directRouteHandle"].TryGetString(out var handle) ? handle : string.Empty,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_ExplicitIdRegionChange_DeletesFirstThenRecreatesUnderTheSameId()
    {
        await using var session = await StartAsync();
        var oldInputs = await session.CheckAsync(Program("US_ARIZONA_1", "chat-fixed"));
        var old = await session.CreateAsync(oldInputs);
        var oldOutputs = Decode(old.Properties);

        var newInputs = await session.CheckAsync(Program("US_IOWA_1", "chat-fixed"));
        var diff = await session.DiffAsync(old.Id, oldOutputs, oldInputs, newInputs);
        Assert.Contains("region", diff.Replaces);
        Assert.True(diff.DeleteBeforeReplace);

        await session.DeleteAsync(old.Id, oldOutputs, oldInputs);
        Assert.Empty(session.Emulator.GetDeployments());
        var replacement = await session.CreateAsync(newInputs);

        Assert.Equal(old.Id, replacement.Id);
        var left = Assert.Single(session.Emulator.GetDeployments());
        Assert.Equal("READY", left.State);
        Assert.Equal(PropertyValue.Create("US_IOWA_1"), Decode(replacement.Properties)["region"]);
    }
}
