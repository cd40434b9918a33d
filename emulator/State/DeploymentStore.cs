namespace Fireworks.Emulator.State;

/// <summary>
/// The in-memory deployments of the one emulated account. Not thread-safe by itself: callers hold <see cref="Gate"/>
/// for a whole operation so that read-check-write sequences are atomic.
/// </summary>
internal sealed class DeploymentStore(Lifecycle lifecycle)
{
    private readonly Dictionary<string, StoredDeployment> deployments = new(StringComparer.Ordinal);
    private long nextSequence;

    public Lock Gate { get; } = new();

    public Lifecycle Lifecycle => lifecycle;

    public long NextSequence() => ++nextSequence;

    /// <summary>The deployment with this id after applying due transitions, or null (never existed, hard-deleted or purged).</summary>
    public StoredDeployment? Find(string id, DateTimeOffset now)
    {
        if (!deployments.TryGetValue(id, out var deployment))
        {
            return null;
        }

        if (lifecycle.Advance(deployment, now))
        {
            return deployment;
        }

        deployments.Remove(id);
        return null;
    }

    /// <summary>Every deployment, soft-deleted ones included, in creation order.</summary>
    public List<StoredDeployment> All(DateTimeOffset now)
    {
        foreach (var id in deployments.Keys.ToList())
        {
            Find(id, now);
        }

        return [.. deployments.Values.OrderBy(d => d.Sequence)];
    }

    public void Add(StoredDeployment deployment) => deployments.Add(deployment.Id, deployment);

    public void Clear() => deployments.Clear();
}
