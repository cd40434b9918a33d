namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>Query flags of a load.</summary>
public sealed record CreateDeployedModelOptions
{
    /// <summary>
    /// Merge the addon into the deployment and unload the addon merged there before; required by deployments with
    /// <c>enableHotReloadLatestAddon</c>.
    /// </summary>
    public bool ReplaceMergedAddon { get; init; }
}
