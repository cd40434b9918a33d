using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

/// <summary>
/// A `pulumi up` killed after its create reached Fireworks leaves a deployment the engine never recorded. The URN
/// annotation lets the next run find it: adopt it when the id is explicit, name it in a lasting warning otherwise.
/// </summary>
public sealed class DeploymentInterruptedCreateTests
{
    private const string Name = DeploymentLifecycleHarness.Id;
    private readonly DeploymentLifecycleHarness _harness = new();

    private FakeDeploymentsApi Api => _harness.Api;

    [Fact]
    public async Task Create_IdTakenByThisResourcesInterruptedCreate_AdoptsItAndReconcilesInPlaceChanges()
    {
        Api.Add("chat-1", with: d => d with
        {
            AcceleratorType = Accelerator,
            DisplayName = "Old name",
            Annotations = new Dictionary<string, string> { [DeploymentProperties.UrnAnnotation] = Urn },
        });
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment", 409, "ALREADY_EXISTS", "already exists"));

        var response = await _harness.CreateAsync(_harness.Checked(("displayName", "Chat")));

        Assert.Equal(Name, response.Id);
        Assert.Equal(PropertyValue.Create("Chat"), response.Properties["displayName"]);
        var (_, patch) = Assert.Single(Api.Updates);
        Assert.Equal("Chat", patch.DisplayName);
        Assert.Contains(_harness.Log.Messages, m => m.Severity == LogSeverity.Info && !m.Ephemeral
            && m.Message.Contains($"adopting deployment {Name}", StringComparison.Ordinal));
        Assert.Single(Api.Stored);
    }

    [Fact]
    public async Task Create_IdTakenByAnotherResource_FailsWithTheImportCommandAndTouchesNothing()
    {
        Api.Add("chat-1", with: d => d with
        {
            Annotations = new Dictionary<string, string> { [DeploymentProperties.UrnAnnotation] = Urn + "-other" },
        });
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment", 409, "ALREADY_EXISTS", "already exists"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.AlreadyExists, error.Code);
        Assert.Contains("pulumi import fireworks:index:Deployment", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Updates);
        Assert.Empty(Api.Deletes);
    }

    [Fact]
    public async Task Create_IdTakenByAnUnannotatedDeployment_IsNeverAdopted()
    {
        Api.Add("chat-1");
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment", 409, "ALREADY_EXISTS", "already exists"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(ProviderErrorCode.AlreadyExists, error.Code);
        Assert.Empty(Api.Updates);
    }

    [Fact]
    public async Task Create_AdoptedDeploymentDiffersInAReplaceProperty_IsRecordedWithItsRealInputsSoTheNextUpReplacesIt()
    {
        Api.Add("chat-1", with: d => d with
        {
            AcceleratorType = "NVIDIA_A100_80GB",
            Annotations = new Dictionary<string, string> { [DeploymentProperties.UrnAnnotation] = Urn },
        });
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment", 409, "ALREADY_EXISTS", "already exists"));
        var inputs = _harness.Checked();

        var partial = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.CreateAsync(inputs));

        Assert.Equal(Name, partial.Id);
        Assert.Contains("acceleratorType", partial.Message, StringComparison.Ordinal);
        Assert.Equal(PropertyValue.Create("NVIDIA_A100_80GB"), partial.Inputs["acceleratorType"]);
        Assert.True(partial.RefreshBeforeUpdate);
        var diff = DeploymentDiff.Diff(DeploymentRequests.Diff(partial.Inputs, inputs));
        Assert.Contains("acceleratorType", diff.Replaces);
        Assert.Empty(Api.Updates);
    }

    [Fact]
    public async Task Create_AutonamedWithALeftoverOfThisResource_NamesItInALastingWarningAndStillCreates()
    {
        var leftover = Api.Add("chat-old1234", with: d => d with
        {
            Annotations = new Dictionary<string, string> { [DeploymentProperties.UrnAnnotation] = Urn },
        });
        Api.Add("other-1", with: d => d with
        {
            Annotations = new Dictionary<string, string> { [DeploymentProperties.UrnAnnotation] = Urn + "x" },
        });
        var inputs = Autonamed();

        var response = await _harness.CreateAsync(inputs);

        Assert.NotEqual(leftover.Name, response.Id);
        var warning = Assert.Single(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
        Assert.False(warning.Ephemeral);
        Assert.Contains(leftover.Name!, warning.Message, StringComparison.Ordinal);
        Assert.Contains("--import-pending-creates", warning.Message, StringComparison.Ordinal);
        Assert.Contains("delete", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("other-1", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, Api.Stored.Count);
    }

    [Fact]
    public async Task Create_AutonamedReplacementOfADeploymentTheEngineHolds_DoesNotWarnAboutIt()
    {
        var old = Api.Add("chat-old1234", with: d => d with
        {
            Annotations = new Dictionary<string, string> { [DeploymentProperties.UrnAnnotation] = Urn },
        });
        var inputs = Autonamed();
        await _harness.Resource.DiffAsync(DeploymentRequests.Diff(inputs, inputs) with { Id = old.Name! }, CancellationToken.None);

        await _harness.CreateAsync(inputs);

        Assert.DoesNotContain(_harness.Log.Messages, m => m.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Create_SeveralAutonamedCreates_ListTheAccountOnce()
    {
        await _harness.CreateAsync(Autonamed());
        await _harness.CreateAsync(Autonamed(seed: 7));

        Assert.Single(Api.Lists);
    }

    [Fact]
    public async Task Create_ExplicitId_DoesNotListTheAccount()
    {
        await _harness.CreateAsync(_harness.Checked());

        Assert.Empty(Api.Lists);
    }

    private System.Collections.Immutable.ImmutableDictionary<string, PropertyValue> Autonamed(byte seed = 1)
    {
        var response = _harness.Resource.CheckAsync(DeploymentRequests.Check(Valid(),
            seed: [.. Enumerable.Range(seed, 32).Select(i => (byte)i)]), CancellationToken.None).Result;
        Assert.Empty(response.Failures);
        return response.Inputs;
    }
}
