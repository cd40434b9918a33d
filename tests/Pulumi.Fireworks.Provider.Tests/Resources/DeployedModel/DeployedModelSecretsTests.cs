using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.DeployedModel;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeployedModelHarness;

namespace Pulumi.Fireworks.Provider.Tests.Resources.DeployedModel;

/// <summary>
/// Secrets follow their source: with each input marked secret in turn, every output derived from it (by the
/// derivation table, and every output that spells its value) comes back secret from the preview, Create, Read,
/// Update and a partial failure, and Read rebuilds the input secret.
/// </summary>
public sealed class DeployedModelSecretsTests
{
    public static TheoryData<string> Inputs() => [.. DeployedModelFields.InputNames];

    private static ImmutableDictionary<string, PropertyValue> EveryInput() => Program(
        ("displayName", "Qwerty LoRA"), ("description", "internal notes xyz"), ("default", true), ("public", false),
        ("replaceMergedAddon", false));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task EveryRpc_InputMarkedSecret_MakesEveryDerivedOutputSecret(string input)
    {
        var harness = new DeployedModelHarness();
        var resource = new GuardedResource(harness.Resource);
        var program = EveryInput();
        program = program.SetItem(input, PropertyValue.CreateSecret(program[input]));
        var check = await resource.CheckAsync(new ResourceCheckRequest(Urn, "chatLora", TypeToken, PropertyValue.EmptyMap, program,
            DeploymentRequests.Seed, null), CancellationToken.None);
        Assert.Empty(check.Failures);
        var inputs = check.Inputs;
        var secretText = DiffValues.Plain(program[input]).TryGetString(out var text) ? text : string.Empty;

        var preview = await resource.CreateAsync(new ResourceCreateRequest(Urn, "chatLora", TypeToken, inputs, null, Preview: true),
            CancellationToken.None);
        AssertDerivedSecret(input, preview.Properties, secretText, "preview");

        var created = await harness.Time.RunAsync(() => resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chatLora", TypeToken, inputs, null, Preview: false), CancellationToken.None));
        AssertDerivedSecret(input, created.Properties, secretText, "create");

        var read = await harness.Time.RunAsync(() => resource.ReadAsync(
            new ResourceReadRequest(created.Id, Urn, "chatLora", TypeToken, created.Properties, inputs), CancellationToken.None));
        AssertDerivedSecret(input, read.Properties, secretText, "read");
        Assert.True(read.Inputs[input].IsSecret, $"read rebuilds {input} as a secret input");

        var updated = await harness.Time.RunAsync(() => resource.UpdateAsync(new ResourceUpdateRequest(created.Id, Urn, "chatLora",
            TypeToken, created.Properties, inputs, inputs, null, [], Preview: false), CancellationToken.None));
        AssertDerivedSecret(input, updated.Properties, secretText, "update");

        harness.Api.Stored[created.Id] = harness.Api.Stored[created.Id] with { State = DeployedModelStates.Unspecified };
        var partial = await Assert.ThrowsAsync<ResourceInitializationException>(() => harness.Time.RunAsync(() => resource.ReadAsync(
            new ResourceReadRequest(created.Id, Urn, "chatLora", TypeToken, created.Properties, inputs), CancellationToken.None)));
        AssertDerivedSecret(input, partial.Properties, secretText, "partial failure");
    }

    [Fact]
    public async Task Create_NoSecretInput_LeavesEveryOutputPlain()
    {
        var harness = new DeployedModelHarness();
        var resource = new GuardedResource(harness.Resource);

        var created = await harness.Time.RunAsync(() => resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chatLora", TypeToken, harness.Checked(), null, Preview: false), CancellationToken.None));

        Assert.All(created.Properties.Values, value => Assert.False(value.IsSecret));
    }

    private static void AssertDerivedSecret(string input, ImmutableDictionary<string, PropertyValue> outputs, string secretText, string rpc)
    {
        var derivation = DeployedModelSecrets.Derivation;
        foreach (var (name, value) in outputs)
        {
            if (value.IsNull || value.IsUnknown)
            {
                continue;
            }

            var byTable = derivation.SourcesOf(name).Contains(input) || derivation.FromEveryInput.Contains(name);
            var spellsIt = secretText.Length >= 4 && Text(DiffValues.Plain(value)).Contains(secretText, StringComparison.OrdinalIgnoreCase);
            if (byTable || spellsIt)
            {
                Assert.True(value.IsSecret, $"{rpc}: output {name} derives from the secret input {input} but is plain");
            }
        }
    }

    private static string Text(PropertyValue value) => value.TryGetString(out var text) ? text : value.ToString();
}
