using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// A Deployment resource wired to a <see cref="FakeDeploymentsApi"/> on a fake clock, with requests built the way
/// the engine builds them (Create gets Check's output, Update gets old outputs and inputs).
/// </summary>
internal sealed class DeploymentLifecycleHarness
{
    public const string Type = "fireworks:index:Deployment";
    public const string Id = "accounts/acme/deployments/chat-1";

    public DeploymentLifecycleHarness(Func<DeploymentResourceOptions, DeploymentResourceOptions>? customize = null)
    {
        Api = new FakeDeploymentsApi(Time);
        var options = new DeploymentResourceOptions("acme", Time, Log) { Deployments = Api };
        Resource = new DeploymentResource(customize is null ? options : customize(options));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public FakeDeploymentsApi Api { get; }

    public LifecycleLog Log { get; } = new();

    public DeploymentResource Resource { get; }

    /// <summary>
    /// Check's output for the program inputs <c>baseModel</c> + <c>deploymentId: chat-1</c> + the entries (a later
    /// entry replaces an earlier one with the same key).
    /// </summary>
    public ImmutableDictionary<string, PropertyValue> Checked(params (string Key, object? Value)[] entries)
    {
        var program = DeploymentProps.Valid([("deploymentId", "chat-1"), .. entries]);
        var response = Resource.CheckAsync(DeploymentRequests.Check(program), CancellationToken.None).Result;
        Assert.Empty(response.Failures);
        return response.Inputs;
    }

    public Task<ResourceCreateResponse> CreateAsync(ImmutableDictionary<string, PropertyValue> inputs,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Time.RunAsync(() => Resource.CreateAsync(
            new ResourceCreateRequest(DeploymentProps.Urn, "chat", Type, inputs, timeout, Preview: false), cancellationToken));

    public Task<ResourceReadResponse> ReadAsync(string id, ImmutableDictionary<string, PropertyValue>? outputs = null,
        ImmutableDictionary<string, PropertyValue>? inputs = null) =>
        Time.RunAsync(() => Resource.ReadAsync(
            new ResourceReadRequest(id, DeploymentProps.Urn, "chat", Type, outputs ?? PropertyValue.EmptyMap,
                inputs ?? PropertyValue.EmptyMap), CancellationToken.None));

    public Task<ResourceUpdateResponse> UpdateAsync(ImmutableDictionary<string, PropertyValue> olds,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> news,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Time.RunAsync(() => Resource.UpdateAsync(
            new ResourceUpdateRequest(Id, DeploymentProps.Urn, "chat", Type, olds, oldInputs, news, timeout, [], Preview: false),
            cancellationToken));

    public Task DeleteAsync(ImmutableDictionary<string, PropertyValue> outputs, ImmutableDictionary<string, PropertyValue> oldInputs,
        TimeSpan? timeout = null) =>
        Time.RunAsync(() => Resource.DeleteAsync(
            new ResourceDeleteRequest(Id, DeploymentProps.Urn, "chat", Type, outputs, oldInputs, timeout), CancellationToken.None));

    /// <summary>Creates chat-1 (READY at once) and returns its outputs and checked inputs.</summary>
    public async Task<(ImmutableDictionary<string, PropertyValue> Outputs, ImmutableDictionary<string, PropertyValue> Inputs)>
        CreatedAsync(params (string Key, object? Value)[] entries)
    {
        var inputs = Checked(entries);
        var created = await CreateAsync(inputs);
        Api.Creates.Clear();
        Api.Gets.Clear();
        return (created.Properties, inputs);
    }

    /// <summary>The body the client would send for <paramref name="spec"/>.</summary>
    public static string Json(DeploymentSpec spec) =>
        JsonSerializer.Serialize(spec, Provider.Fireworks.Models.FireworksJsonContext.Default.DeploymentSpec);
}
