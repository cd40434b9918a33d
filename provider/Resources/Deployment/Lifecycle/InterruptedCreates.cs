using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Finds deployments that an earlier, interrupted create of the same stack resource left behind: live deployments
/// whose URN annotation names the resource and that this process was not told about. The account is listed once
/// per process (bounded): such deployments predate the process, and the ones this process creates or is told about
/// are in its <see cref="ResourceSightings"/>. The list API has no confirmed annotation filter, so the match is
/// made here.
/// </summary>
public sealed class InterruptedCreates
{
    /// <summary>At most this many deployments are looked at (a page holds up to 200).</summary>
    public const int MaxListed = 2000;

    private readonly ConcurrentDictionary<string, Lazy<Task<ImmutableArray<FireworksDeployment>>>> _listings =
        new(StringComparer.Ordinal);

    /// <summary>The leftovers for <paramref name="urn"/>; empty when the account cannot be listed.</summary>
    public async Task<(ImmutableArray<FireworksDeployment> Leftovers, string? Problem)> FindAsync(IDeploymentsApi api,
        string accountId, string urn, ResourceSightings sightings, CancellationToken cancellationToken)
    {
        var listing = _listings.GetOrAdd(accountId, _ => new Lazy<Task<ImmutableArray<FireworksDeployment>>>(() => ListAsync(api)));
        ImmutableArray<FireworksDeployment> deployments;
        try
        {
            deployments = await listing.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            // A failed listing is not cached: the next create asks again.
            _listings.TryRemove(new KeyValuePair<string, Lazy<Task<ImmutableArray<FireworksDeployment>>>>(accountId, listing));
            return ([], exception.Message);
        }

        return ([.. deployments.Where(deployment =>
            deployment.Annotations?.GetValueOrDefault(DeploymentProperties.UrnAnnotation) == urn
            && deployment.Name is { } name && !sightings.HasSeen(name)
            && deployment.State is not (DeploymentStates.Deleted or DeploymentStates.Deleting))], null);
    }

    private static async Task<ImmutableArray<FireworksDeployment>> ListAsync(IDeploymentsApi api)
    {
        // Not tied to one caller's cancellation: the listing is shared by every create of the process.
        var result = ImmutableArray.CreateBuilder<FireworksDeployment>();
        await foreach (var deployment in api.ListDeploymentsAsync(new ListDeploymentsOptions { PageSize = 200 }).ConfigureAwait(false))
        {
            result.Add(deployment);
            if (result.Count >= MaxListed)
            {
                break;
            }
        }

        return result.ToImmutable();
    }
}
