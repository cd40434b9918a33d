namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>Query flags of a delete call.</summary>
public sealed record DeleteDeploymentOptions
{
    /// <summary>Hard delete (no soft-deleted remnant that blocks re-using the id).</summary>
    public bool Hard { get; init; }

    /// <summary>Delete even if the deployment is still in use (addons, routers).</summary>
    public bool IgnoreChecks { get; init; }
}
