namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>A caller queued at the rate gate, until it is granted a <see cref="RequestLease"/> or gives up.</summary>
internal sealed class GateWaiter(Poller? poller)
{
    // Continuations run synchronously on purpose: a granted caller sends at once, and tests on a fake clock see every
    // grant happen inside the clock step that allowed it. The gate never completes a waiter while holding its lock.
    private readonly TaskCompletionSource<RequestLease> completion = new();

    public Poller? Poller => poller;

    /// <summary>Its place in the gate's queue while it waits.</summary>
    public LinkedListNode<GateWaiter>? Node { get; set; }

    public Task<RequestLease> Task => completion.Task;

    public void Grant(RequestLease lease) => completion.TrySetResult(lease);

    public void Cancel(CancellationToken cancellationToken) => completion.TrySetCanceled(cancellationToken);
}
