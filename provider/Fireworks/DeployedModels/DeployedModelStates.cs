namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// The states of a deployed model (<c>gatewayDeployedModelState</c>, 4.259.0). There is no FAILED: a load that fails
/// falls back to <see cref="Unspecified"/>. The set is open; an unknown value is passed through as it is.
/// </summary>
public static class DeployedModelStates
{
    /// <summary>No state; after a load this means the load failed.</summary>
    public const string Unspecified = "STATE_UNSPECIFIED";

    /// <summary>Being unloaded; the record disappears afterwards.</summary>
    public const string Undeploying = "UNDEPLOYING";

    /// <summary>Being loaded.</summary>
    public const string Deploying = "DEPLOYING";

    /// <summary>Loaded and serving.</summary>
    public const string Deployed = "DEPLOYED";

    /// <summary>An update is being applied.</summary>
    public const string Updating = "UPDATING";
}
