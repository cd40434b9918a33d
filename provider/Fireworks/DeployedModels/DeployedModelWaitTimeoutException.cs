using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// A deployed-model wait reached its deadline before its target. The record still exists and may still get there:
/// callers should keep it (e.g. as partial state), not forget it.
/// </summary>
public sealed class DeployedModelWaitTimeoutException(string name, DeployedModelWaitTarget target, TimeSpan elapsed,
    DeployedModel? lastSeen, string message)
    : WaitTimeoutException<DeployedModel, DeployedModelWaitTarget>(name, target, elapsed, lastSeen, message);
