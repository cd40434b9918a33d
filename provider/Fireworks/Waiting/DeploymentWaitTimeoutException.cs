using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// A wait reached its deadline before the target. The deployment still exists and may still get there: callers
/// should record it (e.g. as partial state), not forget it.
/// </summary>
public sealed class DeploymentWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public DeploymentWaitTimeoutException(string name, DeploymentWaitTarget target, TimeSpan elapsed, Deployment? lastSeen, string message)
        : base(message)
    {
        Name = name;
        Target = target;
        Elapsed = elapsed;
        LastSeen = lastSeen;
    }

    /// <summary>The deployment name.</summary>
    public string Name { get; }

    /// <summary>What the wait was for.</summary>
    public DeploymentWaitTarget Target { get; }

    /// <summary>How long the wait ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The deployment as last read (null when not found or never read).</summary>
    public Deployment? LastSeen { get; }
}
