namespace Fireworks.Emulator.State;

/// <summary>
/// Timed state transitions, applied lazily whenever a deployment is read: the outcome depends only on timestamps and
/// the clock, so a fake clock makes every transition deterministic.
/// </summary>
internal sealed class Lifecycle(EmulatorOptions options)
{
    /// <summary>Brings a deployment up to <paramref name="now"/>; false means it is gone (hard-deleted or purged).</summary>
    public bool Advance(StoredDeployment deployment, DateTimeOffset now)
    {
        while (true)
        {
            switch (deployment.Phase)
            {
                case DeploymentPhase.Creating when now >= deployment.PhaseSince + options.ReadyDelay:
                    Finish(deployment, deployment.PhaseSince + options.ReadyDelay);
                    break;
                case DeploymentPhase.Updating when now >= deployment.PhaseSince + options.UpdateDelay:
                    deployment.EnterPhase(DeploymentPhase.Ready, deployment.PhaseSince + options.UpdateDelay);
                    break;
                case DeploymentPhase.Deleting when now >= deployment.PhaseSince + options.DeleteDelay:
                    if (deployment.HardDelete)
                    {
                        return false;
                    }

                    var deletedAt = deployment.PhaseSince + options.DeleteDelay;
                    deployment.EnterPhase(DeploymentPhase.Deleted, deletedAt);
                    deployment.DeleteTime = deletedAt;
                    deployment.PurgeTime = deletedAt + options.PurgeDelay;
                    break;
                case DeploymentPhase.Deleted when now >= deployment.PurgeTime:
                    return false;
                default:
                    return true;
            }
        }
    }

    public bool IsModelMissing(string baseModel) =>
        baseModel.Contains("does-not-exist", StringComparison.Ordinal) || options.MissingModels.Contains(baseModel);

    private void Finish(StoredDeployment deployment, DateTimeOffset at)
    {
        var model = deployment.Spec.BaseModel ?? "";
        if (IsModelMissing(model))
        {
            deployment.EnterPhase(DeploymentPhase.Failed, at);
            deployment.StatusCode = "NOT_FOUND";
            deployment.StatusMessage = $"model \"{model}\" not found";
            return;
        }

        deployment.EnterPhase(DeploymentPhase.Ready, at);
        deployment.EverReady = true;
    }
}
