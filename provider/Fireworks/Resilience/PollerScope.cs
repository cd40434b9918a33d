namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>Ends a <see cref="Poller.Enter"/> scope: restores whatever poller was current before it.</summary>
internal readonly struct PollerScope(Poller? previous) : IDisposable
{
    public void Dispose() => Poller.Restore(previous);
}
