using System.Collections.Immutable;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The Deployment's outputs that only the service computes (every input is an output too).</summary>
public static class DeploymentOutputNames
{
    /// <summary>Unknown in a preview: the service decides them.</summary>
    public static ImmutableArray<string> ServerComputed { get; } =
    [
        Names.State, Names.Status, Names.ReplicaCount, Names.DesiredReplicaCount, Names.ReplicaStats, Names.DirectRouteHandle,
        Names.CreateTime, Names.UpdateTime, Names.ActiveModelVersion, Names.TargetModelVersion, Names.Cluster,
    ];

    /// <summary>Every output that is not an input.</summary>
    public static ImmutableArray<string> All { get; } =
        [Names.Name, .. ServerComputed, Names.DeleteTime, Names.PurgeTime, Names.Region];
}
