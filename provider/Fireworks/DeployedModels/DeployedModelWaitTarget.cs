namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>What a deployed-model wait is waiting for.</summary>
public enum DeployedModelWaitTarget
{
    /// <summary>State <c>DEPLOYED</c> with an OK status (after a load or an update).</summary>
    Deployed,

    /// <summary>The record is gone (404, after an unload).</summary>
    Gone,
}
