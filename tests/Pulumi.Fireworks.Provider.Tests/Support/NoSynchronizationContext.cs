namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// Clears the synchronization context for a scope, so continuations released by <c>FakeTimeProvider.Advance</c>
/// run inline and a test can assert on them right after advancing.
/// </summary>
internal sealed class NoSynchronizationContext : IDisposable
{
    private readonly SynchronizationContext? previous = SynchronizationContext.Current;

    public NoSynchronizationContext() => SynchronizationContext.SetSynchronizationContext(null);

    public void Dispose() => SynchronizationContext.SetSynchronizationContext(previous);
}
