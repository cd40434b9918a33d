namespace Fireworks.Emulator.State;

/// <summary>The states of a deployed model (there is no FAILED: a failed load ends in STATE_UNSPECIFIED).</summary>
internal enum DeployedModelPhase
{
    Unspecified,
    Undeploying,
    Deploying,
    Deployed,
    Updating,
}
