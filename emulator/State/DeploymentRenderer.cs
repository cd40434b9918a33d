using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.State;

/// <summary>Turns a stored deployment into the JSON a GET returns: the spec plus output-only fields for its state.</summary>
internal sealed class DeploymentRenderer(EmulatorOptions options)
{
    public static string NameOf(string account, string id) => $"accounts/{account}/deployments/{id}";

    public DeploymentJson Render(StoredDeployment deployment)
    {
        var json = WireCopy.Clone(deployment.Spec);
        json.Name = NameOf(options.AccountId, deployment.Id);
        json.CreateTime = ProtoTimestamp.Format(deployment.CreateTime);
        json.UpdateTime = ProtoTimestamp.Format(deployment.UpdateTime);
        json.DeleteTime = deployment.DeleteTime is { } deleteTime ? ProtoTimestamp.Format(deleteTime) : null;
        json.PurgeTime = deployment.PurgeTime is { } purgeTime ? ProtoTimestamp.Format(purgeTime) : null;
        json.State = deployment.Phase.ToString().ToUpperInvariant();
        json.Status = new StatusJson { Code = deployment.StatusCode, Message = deployment.StatusMessage };
        json.Region = RegionOf(deployment.Spec);

        var serving = ServingReplicas(deployment);
        var (current, desired) = deployment.Phase switch
        {
            DeploymentPhase.Creating => (0, serving),
            DeploymentPhase.Ready or DeploymentPhase.Updating => (serving, serving),
            _ => (0, 0),
        };
        json.ReplicaCount = current;
        json.DesiredReplicaCount = desired;
        json.ReplicaStats = new ReplicaStatsJson
        {
            PendingSchedulingReplicaCount = 0,
            DownloadingModelReplicaCount = 0,
            InitializingReplicaCount = desired - current,
            ReadyReplicaCount = current,
            RevocableReplicaCount = 0,
            PartialReplicaCount = deployment.Phase == DeploymentPhase.Creating ? PartialReplicas(deployment, desired) : 0,
        };

        if (HasHandle(deployment))
        {
            json.DirectRouteHandle = DirectRouteHandles.For(options.AccountId, deployment.Id, deployment.Spec.DirectRouteType!, json.Region);
        }

        return json;
    }

    /// <summary>
    /// A deployment being rendered by validateOnly: nothing was created, so there is no state, time or status
    /// (the state is written as <c>STATE_UNSPECIFIED</c>) and the name is there only when the client chose the id.
    /// </summary>
    public DeploymentJson RenderPreview(DeploymentJson spec, string? id)
    {
        var json = WireCopy.Clone(spec);
        json.Name = id is null ? null : NameOf(options.AccountId, id);
        json.State = "STATE_UNSPECIFIED";
        json.Region = RegionOf(spec);
        json.ReplicaCount = 0;
        json.DesiredReplicaCount = 0;
        return json;
    }

    /// <summary>The handle this deployment has or will have, whatever its state (the data plane routes by it).</summary>
    public string? PotentialHandle(StoredDeployment deployment) =>
        deployment.Spec.DirectRouteType is null or "DIRECT_ROUTE_TYPE_UNSPECIFIED"
            ? null
            : DirectRouteHandles.For(options.AccountId, deployment.Id, deployment.Spec.DirectRouteType, RegionOf(deployment.Spec));

    /// <summary>
    /// The region the deployment is in: the single placement region, else the first listed region, else the first GA
    /// region of the multi-region group (an emulator choice).
    /// </summary>
    public static string RegionOf(DeploymentJson spec)
    {
        var placement = spec.Placement;
        return placement?.Region
            ?? placement?.Regions?.FirstOrDefault()
            ?? KnownValues.MultiRegionPlacement.GetValueOrDefault(placement?.MultiRegion ?? "GLOBAL", "US_ARIZONA_1");
    }

    /// <summary>Replicas while serving: a <c>:scale</c> override, else min(max, max(min, 1)).</summary>
    public static int ServingReplicas(StoredDeployment deployment)
    {
        var min = deployment.Spec.MinReplicaCount ?? 0;
        var max = deployment.Spec.MaxReplicaCount ?? Math.Max(min, 1);
        return deployment.ScaledReplicaCount ?? Math.Min(max, Math.Max(min, 1));
    }

    /// <summary>How far the first replicas have come: the elapsed share of the ready delay (0.5 halfway), times the desired count.</summary>
    private double PartialReplicas(StoredDeployment deployment, int desired)
    {
        if (options.ReadyDelay <= TimeSpan.Zero)
        {
            return 0;
        }

        var elapsed = options.TimeProvider.GetUtcNow() - deployment.PhaseSince;
        var progress = Math.Clamp(elapsed / options.ReadyDelay, 0, 1);
        return Math.Round(desired * progress, 3);
    }

    private static bool HasHandle(StoredDeployment deployment) =>
        deployment.EverReady
        && deployment.Phase is DeploymentPhase.Ready or DeploymentPhase.Updating or DeploymentPhase.Deleting
        && deployment.Spec.DirectRouteType is not (null or "DIRECT_ROUTE_TYPE_UNSPECIFIED");
}
