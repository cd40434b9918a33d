using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// The outputs of a deployment: every input as Fireworks holds it (what Fireworks does not report — query flags,
/// knobs, write-only keys, values it leaves out — carried from <c>carry</c>), the secrecy of the user's inputs, and
/// the computed fields. Never contains <c>__defaults</c> or an unknown; never the provider's URN annotation.
/// </summary>
public static class DeploymentOutputs
{
    /// <param name="deployment">The deployment as the service returned it.</param>
    /// <param name="carry">The inputs (or old outputs) that supply knobs, secrecy and what the service leaves out.</param>
    public static ImmutableDictionary<string, PropertyValue> FromService(FireworksDeployment deployment,
        DeploymentInputs carry)
    {
        var state = DeploymentServerState.ToInputs(deployment);
        foreach (var property in DeploymentProperties.All.Where(property => !property.IsHeld || !property.IsSet(state)))
        {
            state = property.CopyFrom(state, carry);
        }

        state = state with { SecretProperties = carry.SecretProperties, DefaultedProperties = ImmutableHashSet<string>.Empty };
        var outputs = state.ToPropertyMap().ToBuilder();
        Set(outputs, Names.Name, deployment.Name);
        Set(outputs, Names.State, deployment.State);

        // status is a plain output, but the service's message may echo a direct-route key (e.g. why it FAILED).
        var keys = new SecretRedactor([.. state.KnownKeys, .. carry.KnownKeys, .. deployment.DirectRouteApiKeys ?? []]);
        ServiceOutputs.Status(outputs, Names.Status, deployment.Status?.Code, deployment.Status?.Message, keys.Redact);

        Set(outputs, Names.ReplicaCount, deployment.ReplicaCount);
        Set(outputs, Names.DesiredReplicaCount, deployment.DesiredReplicaCount);
        if (deployment.ReplicaStats is { } stats)
        {
            outputs[Names.ReplicaStats] = ReplicaStatsOf(stats);
        }

        Set(outputs, Names.DirectRouteHandle, deployment.DirectRouteHandle);
        Set(outputs, Names.CreateTime, deployment.CreateTime);
        Set(outputs, Names.UpdateTime, deployment.UpdateTime);
        Set(outputs, Names.DeleteTime, deployment.DeleteTime);
        Set(outputs, Names.PurgeTime, deployment.PurgeTime);
        Set(outputs, Names.ActiveModelVersion, deployment.ActiveModelVersion);
        Set(outputs, Names.TargetModelVersion, deployment.TargetModelVersion);
        Set(outputs, Names.Cluster, deployment.Cluster);

        // The output region is where the deployment runs now, which under a multi-region placement the service picks.
        Set(outputs, Names.Region, string.IsNullOrEmpty(deployment.Region) ? deployment.Placement?.Region : deployment.Region);
        return outputs.ToImmutable();
    }

    /// <summary>
    /// The best guess when the service could not be read: the inputs (secrets wrapped, no <c>__defaults</c>) and
    /// the name.
    /// </summary>
    public static ImmutableDictionary<string, PropertyValue> FromInputs(DeploymentInputs inputs, string name) =>
        inputs.ToPropertyMap().Remove(InternalKeys.Defaults).SetItem(Names.Name, PropertyValue.Create(name));

    private static PropertyValue ReplicaStatsOf(ReplicaStats stats)
    {
        var map = PropertyValue.EmptyMap.ToBuilder();
        Set(map, "pendingSchedulingReplicaCount", stats.PendingSchedulingReplicaCount);
        Set(map, "downloadingModelReplicaCount", stats.DownloadingModelReplicaCount);
        Set(map, "initializingReplicaCount", stats.InitializingReplicaCount);
        Set(map, "readyReplicaCount", stats.ReadyReplicaCount);
        Set(map, "revocableReplicaCount", stats.RevocableReplicaCount);
        if (stats.PartialReplicaCount is { } partial && double.IsFinite(partial))
        {
            map["partialReplicaCount"] = PropertyValue.Create(partial);
        }

        return PropertyValue.CreateMap(map);
    }

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, string? value) =>
        ServiceOutputs.Text(outputs, key, value);

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, int? value) =>
        ServiceOutputs.Integer(outputs, key, value);
}
