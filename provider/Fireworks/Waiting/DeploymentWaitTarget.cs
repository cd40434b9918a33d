namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>What a wait is waiting for.</summary>
public enum DeploymentWaitTarget
{
    /// <summary>State <c>READY</c> (after create, update or undelete).</summary>
    Ready,

    /// <summary>The deployment is gone: 404 or state <c>DELETED</c> (after delete).</summary>
    Gone,
}
