namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// A wait reached its deadline before its target. The resource still exists and may still get there: callers should
/// record it (e.g. as partial state), not forget it.
/// </summary>
/// <typeparam name="TRecord">What the wait reads.</typeparam>
/// <typeparam name="TTarget">What the wait was for.</typeparam>
public abstract class WaitTimeoutException<TRecord, TTarget> : TimeoutException
    where TRecord : class
{
    /// <summary>Creates the exception.</summary>
    protected WaitTimeoutException(string name, TTarget target, TimeSpan elapsed, TRecord? lastSeen, string message)
        : base(message)
    {
        Name = name;
        Target = target;
        Elapsed = elapsed;
        LastSeen = lastSeen;
    }

    /// <summary>The full name of what was waited for.</summary>
    public string Name { get; }

    /// <summary>What the wait was for.</summary>
    public TTarget Target { get; }

    /// <summary>How long the wait ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The record as last read (null when not found or never read).</summary>
    public TRecord? LastSeen { get; }
}
