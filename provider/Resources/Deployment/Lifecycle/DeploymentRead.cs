using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Read for refresh, import and <c>.get</c>. The id may be a full name or a bare id in the configured account; the
/// response always carries the full name. Not found (404) and DELETED both mean gone.
/// </summary>
internal sealed class DeploymentRead(DeploymentResourceOptions options, IDeploymentsApi api)
{
    public async Task<ResourceReadResponse> RunAsync(ResourceReadRequest request, CancellationToken cancellationToken)
    {
        var oldInputs = request.Inputs.IsEmpty ? request.Properties : request.Inputs;
        var carry = DeploymentInputsParser.Parse(oldInputs, new CheckFailureCollector());
        var errors = DeploymentErrorHints.Reporter(carry.KnownKeys);
        var name = ParseName(request.Id, errors);
        await WarnAboutAnotherAccountAsync(name, request.Urn, cancellationToken).ConfigureAwait(false);

        var deployment = await LiveRecord.ReadAsync(token => api.GetDeploymentAsync(name, token),
            found => found.State == DeploymentStates.Deleted, errors, cancellationToken).ConfigureAwait(false);
        if (deployment is null)
        {
            return ResourceReadResponse.Gone;
        }

        var id = string.IsNullOrEmpty(deployment.Name) ? name : deployment.Name;
        var inputs = request.Inputs.IsEmpty
            ? DeploymentReadInputs.ForImport(deployment)
            : DeploymentReadInputs.ForRefresh(deployment, request.Inputs);
        var outputs = DeploymentOutputs.FromService(deployment, carry);
        if (deployment.State == DeploymentStates.Failed && !request.Properties.IsEmpty)
        {
            // A refresh that finds the deployment FAILED keeps it, but as a failed resource: the engine shows the
            // reason as a warning and the next `pulumi up` checks it again instead of reporting "no changes".
            // The service's own keys too: they may have been rotated outside Pulumi.
            var redactor = DeploymentErrorHints.Reporter([.. carry.KnownKeys, .. deployment.DirectRouteApiKeys ?? []]);
            var status = deployment.Status is { } failure ? $" (status {failure.Code}: {failure.Message})" : string.Empty;
            throw new ResourceInitializationException(id, outputs, inputs,
                [redactor.Redact($"deployment {id} is FAILED in Fireworks{status}; fix the cause and run `pulumi up`, or " +
                               "remove it from the program to delete it")]);
        }

        return new ResourceReadResponse(id, outputs, inputs);
    }

    /// <summary>
    /// An id naming another account is allowed (the key may have access), but the user should know that updates and
    /// deletes will act there, not in the configured account.
    /// </summary>
    private async Task WarnAboutAnotherAccountAsync(string name, string urn, CancellationToken cancellationToken)
    {
        var account = DeploymentName.Parse(name, options.AccountId ?? string.Empty).AccountId;
        if (!string.IsNullOrEmpty(options.AccountId) && !string.Equals(account, options.AccountId, StringComparison.Ordinal))
        {
            await options.Log.LogAsync(Logging.LogSeverity.Warning,
                $"deployment {name} is in account '{account}', but the provider is configured for account " +
                $"'{options.AccountId}' (fireworks:accountId); updates and deletes of this resource act in '{account}'",
                urn, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private string ParseName(string id, ErrorReporter errors)
    {
        try
        {
            return DeploymentName.Parse(id, options.AccountId ?? string.Empty).ToString();
        }
        catch (ArgumentException)
        {
            throw errors.Failed(ProviderErrorCode.InvalidArgument,
                $"'{id}' is neither a deployment id nor a name of the form accounts/{{account}}/deployments/{{id}}");
        }
    }
}
