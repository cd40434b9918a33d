using System.Globalization;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Shows each poll of a wait as an ephemeral status line on the resource's row (state, replicas, elapsed time).
/// Logging is best effort: a lost status line must never fail or slow the operation.
/// </summary>
internal sealed class DeploymentProgressLog(IEngineLog log, string urn, string action) : IProgress<DeploymentWaitProgress>
{
    public void Report(DeploymentWaitProgress value)
    {
        var replicas = value.ReplicaCount is null && value.DesiredReplicaCount is null
            ? string.Empty
            : $", replicas {Count(value.ReplicaCount)}/{Count(value.DesiredReplicaCount)}";
        var message = $"{action} {value.Name}: {value.State ?? "not found"}{replicas}, " +
                      $"{value.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)}s elapsed";
        _ = SendAsync(message);
    }

    public Task SendAsync(string message) => SafeAsync(() => log.LogAsync(LogSeverity.Info, message, urn, ephemeral: true));

    private static async Task SafeAsync(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Status lines are cosmetic; the engine may be gone while the operation still has to finish.
        }
    }

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
