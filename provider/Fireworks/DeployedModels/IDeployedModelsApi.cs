namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// Deployed-model (LoRA addon) operations of the Fireworks control plane, and the model lookup a load needs.
/// <c>name</c> parameters accept a full name (<c>accounts/{account}/deployedModels/{id}</c>) or a bare id in the
/// configured account. Failures throw <see cref="Errors.FireworksException"/>.
/// </summary>
public interface IDeployedModelsApi
{
    /// <summary>
    /// Loads a model onto a deployment (<c>POST …/deployedModels</c>); the service picks the id. Not idempotent, so it
    /// is sent once: only a 429 and a connection that could not be made are retried. Any other failure after
    /// sending (no answer, a timeout, 408, 5xx) leaves the outcome unknown: look the pair up with
    /// <see cref="ListDeployedModelsOptions.ForPair"/> before loading again.
    /// </summary>
    Task<DeployedModel> CreateDeployedModelAsync(DeployedModelSpec deployedModel, CreateDeployedModelOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads a deployed model; null when it does not exist (404).</summary>
    Task<DeployedModel?> GetDeployedModelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Lists the deployed models of the configured account, following <c>nextPageToken</c> to the end.</summary>
    IAsyncEnumerable<DeployedModel> ListDeployedModelsAsync(ListDeployedModelsOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates the fields set in <paramref name="changes"/> (PATCH with an <c>updateMask</c> naming exactly those).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="changes"/> sets no field.</exception>
    Task<DeployedModel> UpdateDeployedModelAsync(string name, DeployedModelSpec changes, CancellationToken cancellationToken = default);

    /// <summary>Unloads a deployed model. Returns false when it was already gone (404), which is not an error.</summary>
    Task<bool> DeleteDeployedModelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Reads a model (<c>accounts/{account}/models/{model}</c>); null when it does not exist (404).</summary>
    Task<FireworksModel?> GetModelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls a deployed model until <paramref name="target"/>: returns the DEPLOYED record, or null once it is gone.
    /// </summary>
    /// <exception cref="DeployedModelLoadFailedException">Waiting for DEPLOYED, and the load failed or the record vanished.</exception>
    /// <exception cref="DeployedModelWaitTimeoutException">The wait's timeout passed first.</exception>
    Task<DeployedModel?> WaitForDeployedModelAsync(string name, DeployedModelWaitTarget target,
        DeployedModelWaitOptions? options = null, CancellationToken cancellationToken = default);
}
