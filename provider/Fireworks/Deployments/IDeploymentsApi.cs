using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// Deployment operations of the Fireworks control plane. <paramref name="name"/> parameters accept a full name
/// (<c>accounts/{account}/deployments/{id}</c>) or a bare id in the configured account.
/// Failures throw <see cref="Errors.FireworksException"/>.
/// </summary>
public interface IDeploymentsApi
{
    /// <summary>
    /// Creates a deployment (<c>POST …/deployments?deploymentId=…</c>). Safe to retry: the id is always sent, and a 409
    /// on a retried attempt is resolved by reading the deployment and adopting it only if it matches what was sent.
    /// </summary>
    Task<Deployment> CreateDeploymentAsync(DeploymentSpec deployment, CreateDeploymentOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a deployment; null when it does not exist (404).</summary>
    Task<Deployment?> GetDeploymentAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Lists the deployments of the configured account, following <c>nextPageToken</c> to the end.</summary>
    IAsyncEnumerable<Deployment> ListDeploymentsAsync(ListDeploymentsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates the fields set in <paramref name="changes"/> (PATCH with an <c>updateMask</c> naming exactly those).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="changes"/> sets no field.</exception>
    Task<Deployment> UpdateDeploymentAsync(string name, DeploymentSpec changes, UpdateDeploymentOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a deployment. Returns false when it was already gone (404), which is not an error.</summary>
    Task<bool> DeleteDeploymentAsync(string name, DeleteDeploymentOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Restores a soft-deleted deployment.</summary>
    Task<Deployment> UndeleteDeploymentAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls a deployment until <paramref name="target"/>: returns the READY deployment, or null once it is gone.
    /// </summary>
    /// <exception cref="DeploymentFailedException">Waiting for READY, and the deployment failed or disappeared.</exception>
    /// <exception cref="DeploymentWaitTimeoutException">The wait's timeout passed first.</exception>
    Task<Deployment?> WaitForDeploymentAsync(string name, DeploymentWaitTarget target, DeploymentWaitOptions? options = null, CancellationToken cancellationToken = default);
}
