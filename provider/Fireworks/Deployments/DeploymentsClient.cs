using System.Text;
using System.Text.Json;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// The deployments API of one <see cref="FireworksClient"/> (it shares the client's transport, rate gate and
/// account). Immutable and thread-safe.
/// </summary>
public sealed class DeploymentsClient : IDeploymentsApi
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly FireworksChannel channel;

    internal DeploymentsClient(FireworksChannel channel)
    {
        this.channel = channel;
    }

    /// <inheritdoc/>
    public async Task<Deployment> CreateDeploymentAsync(DeploymentSpec deployment, CreateDeploymentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        if (string.IsNullOrWhiteSpace(deployment.BaseModel))
        {
            throw new ArgumentException("BaseModel is required to create a deployment.", nameof(deployment));
        }

        options ??= new CreateDeploymentOptions();
        var id = options.DeploymentId ?? NewDeploymentId();
        if (!DeploymentName.IsValidDeploymentId(id))
        {
            throw new ArgumentException($"'{id}' is not a valid deployment id (lower-case letters, digits and hyphens, starting with a letter, at most 63 characters).", nameof(options));
        }

        var name = new DeploymentName(channel.AccountId, id);
        var operation = (options.ValidateOnly ? "validate deployment " : "create deployment ") + name;
        var secrets = channel.Redactor.With(deployment.DirectRouteApiKeys);
        var query = new RequestQuery()
            .Value("deploymentId", id)
            .Flag("validateOnly", options.ValidateOnly)
            .Flag("skipShapeValidation", options.SkipShapeValidation)
            .Flag("disableAutoDeploy", options.DisableAutoDeploy)
            .Flag("disableSpeculativeDecoding", options.DisableSpeculativeDecoding)
            .Flag("skipImageTagValidation", options.SkipImageTagValidation);

        var body = JsonSerializer.SerializeToUtf8Bytes(deployment, FireworksJsonContext.Default.DeploymentSpec);
        using var result = await channel.Transport.SendAsync(HttpMethod.Post, $"v1/accounts/{Uri.EscapeDataString(name.AccountId)}/deployments{query}", body, operation, secrets, cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            return await FireworksTransport.ReadAsync(result.Response, FireworksJsonContext.Default.Deployment, operation, cancellationToken).ConfigureAwait(false);
        }

        var error = await FireworksTransport.ErrorAsync(result.Response, operation, secrets, cancellationToken).ConfigureAwait(false);

        // A 409 on a *retried* attempt may be our own earlier attempt whose response was lost. A 409 on the first
        // attempt is someone else's deployment and is never adopted here (the resource layer decides on it).
        if (result.Status == 409 && result.Attempts > 1 && !options.ValidateOnly)
        {
            var existing = await GetDeploymentAsync(name.ToString(), cancellationToken).ConfigureAwait(false);
            var difference = existing is null ? "it could not be read back" : CreatedDeploymentMatch.Difference(deployment, existing);
            if (difference is null)
            {
                return existing!;
            }

            throw new FireworksException(
                operation,
                error.Status,
                error.ErrorCode,
                error.GrpcCode,
                $"{error.ServerMessage} (a retried create found an existing deployment with this id that is not the one requested: {difference})",
                error.RequestId);
        }

        throw error;
    }

    /// <inheritdoc/>
    public async Task<Deployment?> GetDeploymentAsync(string name, CancellationToken cancellationToken = default)
    {
        var deploymentName = DeploymentName.Parse(name, channel.AccountId);
        var operation = "get deployment " + deploymentName;
        using var result = await channel.Transport.SendAsync(HttpMethod.Get, "v1/" + deploymentName.Path, null, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        if (result.Status == 404)
        {
            return null;
        }

        if (!result.IsSuccess)
        {
            throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        }

        return await FireworksTransport.ReadAsync(result.Response, FireworksJsonContext.Default.Deployment, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Deployment> ListDeploymentsAsync(ListDeploymentsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ListDeploymentsOptions();
        return ListPages.ReadAsync(channel, $"v1/accounts/{Uri.EscapeDataString(channel.AccountId)}/deployments",
            () => new RequestQuery().Number("pageSize", options.PageSize).Value("filter", options.Filter)
                .Value("orderBy", options.OrderBy).Flag("showDeleted", options.ShowDeleted),
            FireworksJsonContext.Default.DeploymentList, page => page.Deployments, page => page.NextPageToken,
            $"list deployments accounts/{channel.AccountId}", cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Deployment> UpdateDeploymentAsync(string name, DeploymentSpec changes, UpdateDeploymentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        options ??= new UpdateDeploymentOptions();
        var deploymentName = DeploymentName.Parse(name, channel.AccountId);
        var body = JsonSerializer.SerializeToUtf8Bytes(changes, FireworksJsonContext.Default.DeploymentSpec);
        var mask = UpdateMask.FromBody(body);
        if (mask.Count == 0)
        {
            // Without a mask the service may reset every field; an empty change is refused, never sent.
            throw new ArgumentException("An update must set at least one field.", nameof(changes));
        }

        var operation = "update deployment " + deploymentName;
        var secrets = channel.Redactor.With(changes.DirectRouteApiKeys);
        var query = new RequestQuery()
            .Value("updateMask", string.Join(',', mask))
            .Flag("skipShapeValidation", options.SkipShapeValidation);

        // Retrying is safe: every attempt sends these same bytes with this same mask.
        using var result = await channel.Transport.SendAsync(HttpMethod.Patch, $"v1/{deploymentName.Path}{query}", body, operation, secrets, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw await FireworksTransport.ErrorAsync(result.Response, operation, secrets, cancellationToken).ConfigureAwait(false);
        }

        return await FireworksTransport.ReadAsync(result.Response, FireworksJsonContext.Default.Deployment, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteDeploymentAsync(string name, DeleteDeploymentOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DeleteDeploymentOptions();
        var deploymentName = DeploymentName.Parse(name, channel.AccountId);
        var operation = "delete deployment " + deploymentName;
        var query = new RequestQuery().Flag("hard", options.Hard).Flag("ignoreChecks", options.IgnoreChecks);
        using var result = await channel.Transport.SendAsync(HttpMethod.Delete, $"v1/{deploymentName.Path}{query}", null, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
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
    public async Task<Deployment> UndeleteDeploymentAsync(string name, CancellationToken cancellationToken = default)
    {
        var deploymentName = DeploymentName.Parse(name, channel.AccountId);
        var operation = "undelete deployment " + deploymentName;

        // Retried like the other calls [inferred]: restoring twice restores one deployment, it cannot make a second.
        using var result = await channel.Transport.SendAsync(HttpMethod.Post, $"v1/{deploymentName.Path}:undelete", "{}"u8.ToArray(), operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        }

        return await FireworksTransport.ReadAsync(result.Response, FireworksJsonContext.Default.Deployment, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a wait (the clock for its timeout starts now). While the request budget is short, the account's rate
    /// gate stretches the poll interval to the waiter's share of the budget.
    /// </summary>
    public DeploymentWaiter StartWaiting(string name, DeploymentWaitTarget target, DeploymentWaitOptions? options = null)
    {
        options ??= new DeploymentWaitOptions();
        var fullName = DeploymentName.Parse(name, channel.AccountId).ToString();
        return new DeploymentWaiter(this, fullName, target, options, channel.TimeProvider, channel.Redactor);
    }

    /// <inheritdoc/>
    public Task<Deployment?> WaitForDeploymentAsync(string name, DeploymentWaitTarget target, DeploymentWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        StartWaiting(name, target, options).WaitAsync(cancellationToken);

    private string NewDeploymentId()
    {
        // Only reached when the caller has no id; the provider always passes one.
        var id = new StringBuilder("deployment-", 19);
        for (var i = 0; i < 8; i++)
        {
            id.Append(IdAlphabet[(int)(channel.Randomizer() * IdAlphabet.Length) % IdAlphabet.Length]);
        }

        return id.ToString();
    }
}
