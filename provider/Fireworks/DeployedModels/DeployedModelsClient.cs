using System.Text.Json;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// The deployed-models API of one <see cref="FireworksClient"/> (it shares the client's transport, rate gate and
/// account). Immutable and thread-safe.
/// </summary>
public sealed class DeployedModelsClient : IDeployedModelsApi
{
    private readonly FireworksChannel channel;

    internal DeployedModelsClient(FireworksChannel channel)
    {
        this.channel = channel;
    }

    private string Collection => $"v1/accounts/{Uri.EscapeDataString(channel.AccountId)}/deployedModels";

    /// <inheritdoc/>
    public async Task<DeployedModel> CreateDeployedModelAsync(DeployedModelSpec deployedModel,
        CreateDeployedModelOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployedModel);
        if (string.IsNullOrWhiteSpace(deployedModel.Model) || string.IsNullOrWhiteSpace(deployedModel.Deployment))
        {
            throw new ArgumentException("Model and Deployment are required to load a model.", nameof(deployedModel));
        }

        var operation = $"load model {deployedModel.Model} onto deployment {deployedModel.Deployment}";
        var query = new RequestQuery().Flag("replaceMergedAddon", options?.ReplaceMergedAddon == true);
        var body = JsonSerializer.SerializeToUtf8Bytes(deployedModel, FireworksJsonContext.Default.DeployedModelSpec);

        // The service picks the id, so it cannot tell a repeated POST from a second load: sent once (see the interface).
        using var result = await channel.Transport.SendAsync(HttpMethod.Post, $"{Collection}{query}", body, operation,
            channel.Redactor, idempotent: false, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(result, FireworksJsonContext.Default.DeployedModel, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<DeployedModel?> GetDeployedModelAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = DeployedModelName.Parse(name, channel.AccountId).Path;
        return await GetOrNullAsync(path, "get deployed model ", FireworksJsonContext.Default.DeployedModel, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<DeployedModel> ListDeployedModelsAsync(ListDeployedModelsOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new ListDeployedModelsOptions();
        return ListPages.ReadAsync(channel, Collection,
            () => new RequestQuery().Number("pageSize", options.PageSize).Value("filter", options.Filter).Value("orderBy", options.OrderBy),
            FireworksJsonContext.Default.DeployedModelList, page => page.DeployedModels, page => page.NextPageToken,
            $"list deployed models accounts/{channel.AccountId}", cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<DeployedModel> UpdateDeployedModelAsync(string name, DeployedModelSpec changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var deployedModelName = DeployedModelName.Parse(name, channel.AccountId);
        var body = JsonSerializer.SerializeToUtf8Bytes(changes, FireworksJsonContext.Default.DeployedModelSpec);
        var mask = UpdateMask.FromBody(body);
        if (mask.Count == 0)
        {
            // Without a mask the service may reset every field; an empty change is refused, never sent.
            throw new ArgumentException("An update must set at least one field.", nameof(changes));
        }

        // [inferred] 4.259.0 lists no updateMask on this PATCH, but the gRPC request has a field mask (as deployments do).
        var operation = "update deployed model " + deployedModelName;
        var query = new RequestQuery().Value("updateMask", string.Join(',', mask));
        using var result = await channel.Transport.SendAsync(HttpMethod.Patch, $"v1/{deployedModelName.Path}{query}", body,
            operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(result, FireworksJsonContext.Default.DeployedModel, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteDeployedModelAsync(string name, CancellationToken cancellationToken = default)
    {
        var deployedModelName = DeployedModelName.Parse(name, channel.AccountId);
        var operation = "unload deployed model " + deployedModelName;
        using var result = await channel.Transport.SendAsync(HttpMethod.Delete, "v1/" + deployedModelName.Path, null, operation,
            channel.Redactor, cancellationToken).ConfigureAwait(false);
        if (result.Status == 404)
        {
            // Already gone (possibly by our own earlier attempt whose response was lost).
            return false;
        }

        if (!result.IsSuccess)
        {
            throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <inheritdoc/>
    public async Task<FireworksModel?> GetModelAsync(string name, CancellationToken cancellationToken = default)
    {
        var parts = name.Split('/');
        if (parts is not ["accounts", { Length: > 0 } account, "models", { Length: > 0 } model])
        {
            throw new ArgumentException($"'{name}' is not a model name of the form accounts/{{account}}/models/{{model}}.", nameof(name));
        }

        var path = $"accounts/{Uri.EscapeDataString(account)}/models/{Uri.EscapeDataString(model)}";
        return await GetOrNullAsync(path, "get model ", FireworksJsonContext.Default.FireworksModel, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a wait (the clock for its timeout starts now). Its reads are polls: while the account's request budget
    /// is short, the rate gate stretches the interval to the wait's share of it.
    /// </summary>
    public DeployedModelWaiter StartWaiting(string name, DeployedModelWaitTarget target, DeployedModelWaitOptions? options = null)
    {
        var fullName = DeployedModelName.Parse(name, channel.AccountId).ToString();
        return new DeployedModelWaiter(this, fullName, target, options, channel.TimeProvider, channel.Redactor);
    }

    /// <inheritdoc/>
    public Task<DeployedModel?> WaitForDeployedModelAsync(string name, DeployedModelWaitTarget target,
        DeployedModelWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        StartWaiting(name, target, options).WaitAsync(cancellationToken);

    private async Task<T?> GetOrNullAsync<T>(string path, string what, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
        where T : class
    {
        var operation = what + path;
        using var result = await channel.Transport.SendAsync(HttpMethod.Get, "v1/" + path, null, operation, channel.Redactor,
            cancellationToken).ConfigureAwait(false);
        return result.Status == 404 ? null : await ReadAsync(result, type, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The body of a success, or the error the answer describes.</summary>
    private async Task<T> ReadAsync<T>(TransportResponse result, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        string operation, CancellationToken cancellationToken)
    {
        if (!result.IsSuccess)
        {
            throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        }

        return await FireworksTransport.ReadAsync(result.Response, type, operation, cancellationToken).ConfigureAwait(false);
    }
}
