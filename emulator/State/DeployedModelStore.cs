namespace Fireworks.Emulator.State;

/// <summary>
/// The deployed models of the emulated account. Not thread-safe by itself: callers hold the deployment store's
/// <see cref="DeploymentStore.Gate"/>, so a load can check its deployment and record itself atomically.
/// </summary>
internal sealed class DeployedModelStore(EmulatorOptions options)
{
    private readonly Dictionary<string, StoredDeployedModel> records = new(StringComparer.Ordinal);
    private long nextSequence;

    public long NextSequence() => ++nextSequence;

    public StoredDeployedModel? Find(string id, DateTimeOffset now)
    {
        if (!records.TryGetValue(id, out var record))
        {
            return null;
        }

        if (Advance(record, now))
        {
            return record;
        }

        records.Remove(id);
        return null;
    }

    /// <summary>Every deployed model after due transitions, in creation order.</summary>
    public List<StoredDeployedModel> All(DateTimeOffset now)
    {
        foreach (var id in records.Keys.ToList())
        {
            Find(id, now);
        }

        return [.. records.Values.OrderBy(r => r.Sequence)];
    }

    public bool Contains(string id) => records.ContainsKey(id);

    public void Add(StoredDeployedModel record) => records.Add(record.Id, record);

    /// <summary>Forgets every deployed model on <paramref name="deploymentName"/> (its deployment is being deleted).</summary>
    public void RemoveDeployment(string deploymentName)
    {
        foreach (var record in records.Values.Where(r => r.Deployment == deploymentName).ToList())
        {
            records.Remove(record.Id);
        }
    }

    public void Clear() => records.Clear();

    /// <summary>Timed transitions, applied lazily like the deployments'; false means the record is gone.</summary>
    private bool Advance(StoredDeployedModel record, DateTimeOffset now)
    {
        switch (record.Phase)
        {
            case DeployedModelPhase.Deploying when now >= record.PhaseSince + options.LoadDelay:
                var at = record.PhaseSince + options.LoadDelay;
                switch (record.Outcome)
                {
                    case LoadOutcome.Vanish:
                        return false;
                    case LoadOutcome.Fail:
                        record.EnterPhase(DeployedModelPhase.Unspecified, at);
                        record.StatusCode = "INTERNAL";
                        record.StatusMessage = $"failed to load model \"{record.Model}\" onto deployment \"{record.Deployment}\"";
                        return true;
                    default:
                        record.EnterPhase(DeployedModelPhase.Deployed, at);
                        return true;
                }

            case DeployedModelPhase.Updating when now >= record.PhaseSince + options.LoadDelay:
                record.EnterPhase(DeployedModelPhase.Deployed, record.PhaseSince + options.LoadDelay);
                return true;
            case DeployedModelPhase.Undeploying when now >= record.PhaseSince + options.UnloadDelay:
                return false;
            default:
                return true;
        }
    }
}
