using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Which Deployment outputs derive from which inputs (besides the input of the same name), so that a secret input
/// keeps them secret. Conservative: an output is listed under every input the service may use to compute it.
/// </summary>
public static class DeploymentSecrets
{
    private static readonly string[] Placement = [Names.Region, Names.MultiRegion, Names.Regions];
    private static readonly string[] Scaling =
        [Names.MinReplicaCount, Names.MaxReplicaCount, Names.MaxWithRevocableReplicaCount, Names.AutoscalingPolicy];

    public static SecretDerivation Derivation { get; } = new()
    {
        Sources = new Dictionary<string, ImmutableArray<string>>
        {
            // The full name and the handle spell the id; the handle also the region it runs in.
            [Names.Name] = [Names.DeploymentId],
            [Names.DirectRouteHandle] = [Names.DeploymentId, Names.DirectRouteType, .. Placement],
            [Names.Region] = [.. Placement],

            // A shape decides the hardware; the service derives an unset maximum from the minimum.
            [Names.AcceleratorType] = [Names.DeploymentShape],
            [Names.AcceleratorCount] = [Names.DeploymentShape],
            [Names.Precision] = [Names.DeploymentShape],
            [Names.MaxReplicaCount] = [Names.MinReplicaCount],
            [Names.ReplicaCount] = [.. Scaling],
            [Names.DesiredReplicaCount] = [.. Scaling],
            [Names.ReplicaStats] = [.. Scaling],
            [Names.ActiveModelVersion] = [Names.BaseModel, Names.HotLoadTrainerJob, Names.HotLoadBucketUrl],
            [Names.TargetModelVersion] = [Names.BaseModel, Names.HotLoadTrainerJob, Names.HotLoadBucketUrl],
        }.ToImmutableDictionary(StringComparer.Ordinal),

        // The status message is free text: the service may quote any input (a model it cannot find, a key).
        FromEveryInput = ImmutableHashSet.Create(StringComparer.Ordinal, Names.Status),

        // Direct-route keys are redacted from the status message, so they alone do not make it secret.
        RedactedFromText = ImmutableHashSet.Create(StringComparer.Ordinal, Names.DirectRouteApiKeys),
    };
}
