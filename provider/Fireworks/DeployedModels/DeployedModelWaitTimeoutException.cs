namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// A deployed-model wait reached its deadline before its target. The record still exists and may still get there:
/// callers should keep it (e.g. as partial state), not forget it.
/// </summary>
public sealed class DeployedModelWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public DeployedModelWaitTimeoutException(string name, DeployedModelWaitTarget target, TimeSpan elapsed,
        DeployedModel? lastSeen, string message)
        : base(message)
    {
        Name = name;
        Target = target;
        Elapsed = elapsed;
        LastSeen = lastSeen;
    }

    /// <summary>The deployed model's full name.</summary>
    public string Name { get; }

    /// <summary>What the wait was for.</summary>
    public DeployedModelWaitTarget Target { get; }

    /// <summary>How long the wait ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The record as last read (null when not found or never read).</summary>
    public DeployedModel? LastSeen { get; }
}
