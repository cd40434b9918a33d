using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// A best-effort read used while reporting a partial failure: it must not hang, and its own failure only means the
/// outputs are less precise. Once the operation is cancelled (engine Cancel, SIGTERM) there is no read at all: the
/// engine waits only a few seconds for the answer that carries the id, so what is already known is reported.
/// </summary>
internal static class DeploymentLookup
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    public static async Task<FireworksDeployment?> TryGetAsync(IDeploymentsApi api, string name, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        using var budget = new CancellationTokenSource(Budget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            return await api.GetDeploymentAsync(name, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
