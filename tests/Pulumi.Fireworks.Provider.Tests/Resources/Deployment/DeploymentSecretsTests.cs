using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

/// <summary>
/// Secrets follow their source: with each input marked secret in turn, every output derived from it (by the
/// derivation table, and every output that spells its value) comes back secret from Create, Read, Update, the
/// previews and partial failures.
/// </summary>
public sealed class DeploymentSecretsTests
{
    public static TheoryData<string> Inputs() => [.. DeploymentProperties.InputNames];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task EveryRpc_InputMarkedSecret_MakesEveryDerivedOutputSecret(string input)
    {
        var harness = new DeploymentLifecycleHarness();
        var resource = new GuardedResource(harness.Resource);
        var program = ProgramSetting(input);
        program = program.SetItem(input, PropertyValue.CreateSecret(program[input]));
        var check = await resource.CheckAsync(DeploymentRequests.Check(program), CancellationToken.None);
        Assert.Empty(check.Failures);
        var inputs = check.Inputs;
        var plainSecret = DiffValues.Plain(program[input]).TryGetString(out var text) ? text : string.Empty;

        var preview = await resource.CreateAsync(Create(inputs, preview: true), CancellationToken.None);
        AssertDerivedSecret(input, preview.Properties, plainSecret, "preview of create");

        var created = await harness.Time.RunAsync(() => resource.CreateAsync(Create(inputs, preview: false), CancellationToken.None));
        AssertDerivedSecret(input, created.Properties, plainSecret, "create");

        var read = await harness.Time.RunAsync(() => resource.ReadAsync(new ResourceReadRequest(created.Id, Urn, "chat",
            DeploymentLifecycleHarness.Type, created.Properties, inputs), CancellationToken.None));
        AssertDerivedSecret(input, read.Properties, plainSecret, "read");
        Assert.True(read.Inputs[input].IsSecret, $"read rebuilds {input} as a secret input");

        var updated = await harness.Time.RunAsync(() => resource.UpdateAsync(new ResourceUpdateRequest(created.Id, Urn, "chat",
            DeploymentLifecycleHarness.Type, created.Properties, inputs, inputs, null, [], Preview: false), CancellationToken.None));
        AssertDerivedSecret(input, updated.Properties, plainSecret, "update");

        harness.Api.StatesOnRead.Enqueue("FAILED");
        var partial = await Assert.ThrowsAsync<ResourceInitializationException>(() => harness.Time.RunAsync(() =>
            resource.ReadAsync(new ResourceReadRequest(created.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
                created.Properties, inputs), CancellationToken.None)));
        AssertDerivedSecret(input, partial.Properties, plainSecret, "partial failure");
    }

    [Fact]
    public async Task Create_NoSecretInputButTheKeys_LeavesTheStatusPlain()
    {
        var harness = new DeploymentLifecycleHarness();
        var resource = new GuardedResource(harness.Resource);
        var inputs = (await resource.CheckAsync(DeploymentRequests.Check(FullDeploymentInputs.Program()), CancellationToken.None)).Inputs;

        var created = await harness.Time.RunAsync(() => resource.CreateAsync(Create(inputs, preview: false), CancellationToken.None));

        Assert.False(created.Properties["status"].IsSecret);
        Assert.False(created.Properties["name"].IsSecret);
        Assert.True(created.Properties["directRouteApiKeys"].IsSecret);
    }

    /// <summary>The full program; the placement alternatives to <c>region</c> replace it (and its direct route).</summary>
    private static ImmutableDictionary<string, PropertyValue> ProgramSetting(string input)
    {
        var program = FullDeploymentInputs.Program();
        return input switch
        {
            "regions" => program.RemoveRange(["region", "directRouteType", "directRouteApiKeys"])
                .SetItem("regions", Value(new[] { "US_IOWA_1", "US_ARIZONA_1" })),
            "multiRegion" => program.RemoveRange(["region", "directRouteType", "directRouteApiKeys"])
                .SetItem("multiRegion", Value("US")),
            "acceleratorType" => program.Remove("deploymentShape").SetItem("acceleratorType", Value(Accelerator)),
            _ => program,
        };
    }

    private static ResourceCreateRequest Create(ImmutableDictionary<string, PropertyValue> inputs, bool preview) =>
        new(Urn, "chat", DeploymentLifecycleHarness.Type, inputs, null, preview);

    private static void AssertDerivedSecret(string input, ImmutableDictionary<string, PropertyValue> outputs, string secretText,
        string rpc)
    {
        var derivation = DeploymentSecrets.Derivation;
        foreach (var (name, value) in outputs)
        {
            if (value.IsNull || value.IsUnknown)
            {
                continue;
            }

            var byTable = derivation.SourcesOf(name).Contains(input)
                          || (derivation.FromEveryInput.Contains(name) && !derivation.RedactedFromText.Contains(input));
            var spellsIt = secretText.Length >= 4 && Text(DiffValues.Plain(value)).Contains(secretText, StringComparison.OrdinalIgnoreCase);
            if (byTable || spellsIt)
            {
                Assert.True(value.IsSecret, $"{rpc}: output {name} derives from the secret input {input} but is plain");
            }
        }
    }

    private static string Text(PropertyValue value) => value.TryGetString(out var text) ? text : value.ToString();
}
