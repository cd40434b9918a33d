using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.DeployedModel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// A DeployedModel resource wired to fake deployed-models and deployments APIs on a fake clock: the deployment
/// <c>chat-1</c> is READY with addons enabled, and the LoRA <see cref="Lora"/> of its base model is registered.
/// Requests are built the way the engine builds them (Create gets Check's output, Update old outputs and inputs).
/// </summary>
internal sealed class DeployedModelHarness
{
    public const string TypeToken = DeployedModelResource.TypeToken;
    public const string Urn = "urn:pulumi:dev::proj::fireworks:index:DeployedModel::chatLora";
    public const string TargetDeployment = "accounts/acme/deployments/chat-1";
    public const string Lora = "accounts/acme/models/chat-lora";

    public DeployedModelHarness(Func<DeployedModelResourceOptions, DeployedModelResourceOptions>? customize = null)
    {
        Api = new FakeDeployedModelsApi(Time);
        Deployments = new FakeDeploymentsApi(Time);
        Deployments.Add("chat-1", with: d => d with { EnableAddons = true });
        Api.AddModel(Lora, DeploymentProps.Model);
        var options = new DeployedModelResourceOptions("acme", Time, Log) { DeployedModels = Api, Deployments = Deployments };
        Resource = new DeployedModelResource(customize is null ? options : customize(options));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public FakeDeployedModelsApi Api { get; }

    public FakeDeploymentsApi Deployments { get; }

    public LifecycleLog Log { get; } = new();

    public DeployedModelResource Resource { get; }

    /// <summary>Program inputs <c>deployment</c> + <c>model</c> + the entries (a later entry wins).</summary>
    public static ImmutableDictionary<string, PropertyValue> Program(params (string Key, object? Value)[] entries) =>
        entries.Aggregate(DeploymentProps.Map(("deployment", TargetDeployment), ("model", Lora)),
            (map, entry) => map.SetItem(entry.Key, DeploymentProps.Value(entry.Value)));

    public ResourceCheckResponse Check(ImmutableDictionary<string, PropertyValue> news,
        ImmutableDictionary<string, PropertyValue>? olds = null) =>
        Resource.CheckAsync(new ResourceCheckRequest(Urn, "chatLora", TypeToken, olds ?? PropertyValue.EmptyMap, news,
            DeploymentRequests.Seed, null), CancellationToken.None).Result;

    /// <summary>Check's output for <see cref="Program"/>(<paramref name="entries"/>); it must pass.</summary>
    public ImmutableDictionary<string, PropertyValue> Checked(params (string Key, object? Value)[] entries)
    {
        var response = Check(Program(entries));
        Assert.Empty(response.Failures);
        return response.Inputs;
    }

    public ResourceDiffResponse Diff(ImmutableDictionary<string, PropertyValue> oldInputs,
        ImmutableDictionary<string, PropertyValue> news, ImmutableDictionary<string, PropertyValue>? oldOutputs = null,
        params string[] ignoreChanges) =>
        Resource.DiffAsync(new ResourceDiffRequest("accounts/acme/deployedModels/chat-lora-1", Urn, "chatLora", TypeToken,
            oldOutputs ?? oldInputs, oldInputs, news, [.. ignoreChanges]), CancellationToken.None).Result;

    public Task<ResourceCreateResponse> CreateAsync(ImmutableDictionary<string, PropertyValue> inputs, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        Time.RunAsync(() => Resource.CreateAsync(new ResourceCreateRequest(Urn, "chatLora", TypeToken, inputs, timeout, Preview: false),
            cancellationToken));

    public Task<ResourceReadResponse> ReadAsync(string id, ImmutableDictionary<string, PropertyValue>? outputs = null,
        ImmutableDictionary<string, PropertyValue>? inputs = null) =>
        Time.RunAsync(() => Resource.ReadAsync(new ResourceReadRequest(id, Urn, "chatLora", TypeToken,
            outputs ?? PropertyValue.EmptyMap, inputs ?? PropertyValue.EmptyMap), CancellationToken.None));

    public Task<ResourceUpdateResponse> UpdateAsync(string id, ImmutableDictionary<string, PropertyValue> olds,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> news,
        TimeSpan? timeout = null) =>
        Time.RunAsync(() => Resource.UpdateAsync(new ResourceUpdateRequest(id, Urn, "chatLora", TypeToken, olds, oldInputs, news,
            timeout, [], Preview: false), CancellationToken.None));

    public Task DeleteAsync(string id, ImmutableDictionary<string, PropertyValue> outputs,
        ImmutableDictionary<string, PropertyValue> oldInputs, TimeSpan? timeout = null) =>
        Time.RunAsync(() => Resource.DeleteAsync(new ResourceDeleteRequest(id, Urn, "chatLora", TypeToken, outputs, oldInputs, timeout),
            CancellationToken.None));

    /// <summary>Loads the LoRA (DEPLOYED at once) and returns the id, outputs and checked inputs; the call logs are cleared.</summary>
    public async Task<(string Id, ImmutableDictionary<string, PropertyValue> Outputs, ImmutableDictionary<string, PropertyValue> Inputs)>
        CreatedAsync(params (string Key, object? Value)[] entries)
    {
        var inputs = Checked(entries);
        var created = await CreateAsync(inputs);
        Api.Creates.Clear();
        Api.Gets.Clear();
        Api.Lists.Clear();
        return (created.Id, created.Properties, inputs);
    }

    /// <summary>The deployment with changes (e.g. addons disabled, another state).</summary>
    public void ChangeDeployment(Func<Provider.Fireworks.Deployments.Deployment, Provider.Fireworks.Deployments.Deployment> change) =>
        Deployments.Stored[TargetDeployment] = change(Deployments.Stored[TargetDeployment]);
}
