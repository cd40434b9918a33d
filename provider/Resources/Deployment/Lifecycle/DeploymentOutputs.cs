using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// The outputs of a deployment: every input as Fireworks holds it, the provider-only knobs and secrecy of the
/// user's inputs, and the computed fields. Never contains <c>__defaults</c>, never an unknown, and
/// <c>directRouteApiKeys</c> is always secret (carried over from <c>carry</c> when the service does not return them).
/// </summary>
public static class DeploymentOutputs
{
    /// <param name="deployment">The deployment as the service returned it.</param>
    /// <param name="carry">The inputs (or old outputs) that supply knobs, secrecy and write-only keys.</param>
    public static ImmutableDictionary<string, PropertyValue> FromService(FireworksDeployment deployment,
        DeploymentInputs carry)
    {
        var state = DeploymentServerState.ToInputs(deployment);
        state = state with
        {
            DeploymentId = state.DeploymentId ?? carry.DeploymentId,
            DirectRouteApiKeys = state.DirectRouteApiKeys ?? carry.DirectRouteApiKeys,
            WaitForReady = carry.WaitForReady,
            HardDelete = carry.HardDelete,
            IgnoreChecksOnDelete = carry.IgnoreChecksOnDelete,
            SecretProperties = carry.SecretProperties,
            DefaultedProperties = ImmutableHashSet<string>.Empty,
        };

        var outputs = state.ToPropertyMap().ToBuilder();
        Set(outputs, Names.Name, deployment.Name);
        Set(outputs, Names.State, deployment.State);
        if (deployment.Status is { } status && (status.Code is not null || status.Message is not null))
        {
            // status is a plain output, but the service's message may echo a direct-route key (e.g. why it FAILED).
            var keys = new SecretRedactor([.. KeysOf(state.DirectRouteApiKeys), .. KeysOf(carry.DirectRouteApiKeys)]);
            outputs[Names.Status] = PropertyValue.CreateMap(
            [
                KeyValuePair.Create("code", PropertyValue.Create(status.Code ?? string.Empty)),
                KeyValuePair.Create("message", PropertyValue.Create(keys.Redact(status.Message) ?? string.Empty)),
            ]);
        }

        Set(outputs, Names.ReplicaCount, deployment.ReplicaCount);
        Set(outputs, Names.DesiredReplicaCount, deployment.DesiredReplicaCount);
        Set(outputs, Names.DirectRouteHandle, deployment.DirectRouteHandle);
        Set(outputs, Names.CreateTime, deployment.CreateTime);
        Set(outputs, Names.UpdateTime, deployment.UpdateTime);

        // The output region is where the deployment runs now, which under a multi-region placement the service picks.
        Set(outputs, Names.Region, string.IsNullOrEmpty(deployment.Region) ? deployment.Placement?.Region : deployment.Region);
        return outputs.ToImmutable();
    }

    /// <summary>
    /// The best guess when the service could not be read: the inputs (secrets wrapped, no <c>__defaults</c>) and
    /// the name.
    /// </summary>
    public static ImmutableDictionary<string, PropertyValue> FromInputs(DeploymentInputs inputs, string name) =>
        inputs.ToPropertyMap().Remove(Names.Defaults).SetItem(Names.Name, PropertyValue.Create(name));

    private static IEnumerable<string> KeysOf(Known<IReadOnlyList<string>>? keys) =>
        keys is { IsKnown: true } ? keys.Value : [];

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            outputs[key] = PropertyValue.Create(value);
        }
    }

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, int? value)
    {
        if (value is { } number)
        {
            outputs[key] = PropertyValue.Create(number);
        }
    }
}
