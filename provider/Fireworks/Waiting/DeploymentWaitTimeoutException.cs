using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// A deployment wait reached its deadline before the target. The deployment still exists and may still get there:
/// callers should record it (e.g. as partial state), not forget it.
/// </summary>
public sealed class DeploymentWaitTimeoutException(string name, DeploymentWaitTarget target, TimeSpan elapsed,
    Deployment? lastSeen, string message)
    : WaitTimeoutException<Deployment, DeploymentWaitTarget>(name, target, elapsed, lastSeen, message);
