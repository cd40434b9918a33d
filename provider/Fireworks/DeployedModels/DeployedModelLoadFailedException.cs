namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// A wait for <c>DEPLOYED</c> ended without it: the record fell back to <c>STATE_UNSPECIFIED</c> or reports a non-OK
/// status (the load failed; the record is still there and must be unloaded), is being unloaded, or disappeared
/// (<see cref="DeployedModel"/> is null: nothing is left).
/// </summary>
public sealed class DeployedModelLoadFailedException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> must already be redacted.</summary>
    public DeployedModelLoadFailedException(string name, DeployedModel? deployedModel, string message)
        : base(message)
    {
        Name = name;
        DeployedModel = deployedModel;
    }

    /// <summary>The deployed model's full name.</summary>
    public string Name { get; }

    /// <summary>The record as last read; null when it disappeared.</summary>
    public DeployedModel? DeployedModel { get; }

    /// <summary>True when the record no longer exists (nothing to unload).</summary>
    public bool Vanished => DeployedModel is null;
}
