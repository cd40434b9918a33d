using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>Shows each poll of a wait on the resource's row: the addon's own, and its deployment's before a load.</summary>
internal static class DeployedModelProgress
{
    public static IProgress<DeployedModelWaitProgress> Of(ProgressLog log) =>
        new ProgressReporter<DeployedModelWaitProgress>(poll => log.Report(poll.Name, poll.State,
            poll.StatusCode is null or "" or "OK" ? null : "status " + poll.StatusCode, poll.Elapsed));

    public static IProgress<DeploymentWaitProgress> OfDeployment(ProgressLog log) =>
        new ProgressReporter<DeploymentWaitProgress>(poll => log.Report(poll.Name, poll.State,
            "waiting for the deployment to be READY before loading the addon", poll.Elapsed));
}
