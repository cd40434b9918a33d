using Pulumi.Fireworks.Provider.Fireworks;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Models.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// A best-effort read used while reporting a partial failure: it must not hang (the engine may have cancelled the
/// operation), and its own failure only means the outputs are less precise.
/// </summary>
internal static class DeploymentLookup
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    public static async Task<FireworksDeployment?> TryGetAsync(IDeploymentsApi api, string name, TimeProvider timeProvider)
    {
        using var budget = new CancellationTokenSource(Budget, timeProvider);
        try
        {
            return await api.GetDeploymentAsync(name, budget.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
