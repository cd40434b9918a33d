namespace Fireworks.Emulator.State;

/// <summary>The lifecycle states of a deployment (the REST <c>state</c> field).</summary>
internal enum DeploymentPhase
{
    Creating,
    Ready,
    Updating,
    Deleting,
    Deleted,
    Failed,
}
