using System.Globalization;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>Shows each poll of a deployment wait on the resource's row (state, replicas, elapsed time).</summary>
internal sealed class DeploymentProgressLog(ProgressLog log) : IProgress<DeploymentWaitProgress>
{
    public void Report(DeploymentWaitProgress value)
    {
        var replicas = value.ReplicaCount is null && value.DesiredReplicaCount is null
            ? null
            : $"replicas {Count(value.ReplicaCount)}/{Count(value.DesiredReplicaCount)}";
        log.Report(value.Name, value.State, replicas, value.Elapsed);
    }

    public Task SendAsync(string message) => log.SendAsync(message);

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
