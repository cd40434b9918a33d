using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// <c>fireworks:index:Deployment</c>. Check, Diff and previews work without credentials; Create, Read, Update and
/// Delete call Fireworks through <see cref="DeploymentResourceOptions.Deployments"/> (see the classes in
/// <c>Lifecycle/</c>).
/// </summary>
public sealed class DeploymentResource(DeploymentResourceOptions options) : ICustomResource
{
    public const string TypeToken = "fireworks:index:Deployment";

    public string Token => TypeToken;

    public string IdFormat => "accounts/<account>/deployments/<deploymentId>";

    public SecretDerivation Secrets => DeploymentSecrets.Derivation;

    public bool IsValidId(string id) =>
        id.StartsWith("accounts/", StringComparison.Ordinal) && DeploymentName.TryParse(id, string.Empty, out _);

    public async Task<ResourceCheckResponse> CheckAsync(ResourceCheckRequest request,
        CancellationToken cancellationToken)
    {
        var result = DeploymentCheck.Check(request);
        foreach (var warning in result.Warnings)
        {
            await options.Log.LogAsync(LogSeverity.Warning, warning, request.Urn, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }

        return result.Response;
    }

    public Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken)
    {
        See(request.Id);
        return Task.FromResult(DeploymentDiff.Diff(request));
    }

    public async Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        if (request.Preview)
        {
            return new ResourceCreateResponse(string.Empty,
                await new DeploymentPreviewValidation(options).OutputsAsync(request, cancellationToken).ConfigureAwait(false));
        }

        return await new DeploymentCreate(options, Api("create a deployment")).RunAsync(request, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken)
    {
        See(request.Id);
        return new DeploymentRead(options, Api("read a deployment")).RunAsync(request, cancellationToken);
    }

    public Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        See(request.Id);
        if (request.Preview)
        {
            return Task.FromResult(new ResourceUpdateResponse(
                DeploymentPreview.UpdateOutputs(request.News, request.Olds, options.AccountId)));
        }

        return new DeploymentUpdate(options, Api("update a deployment")).RunAsync(request, cancellationToken);
    }

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken)
    {
        See(request.Id);
        return new DeploymentDelete(options, Api("delete a deployment")).RunAsync(request, cancellationToken);
    }

    /// <summary>Records an id the engine holds (a bare id is completed with the configured account).</summary>
    private void See(string id)
    {
        options.Sightings.Saw(id);
        if (!string.IsNullOrEmpty(options.AccountId) && DeploymentName.TryParse(id, options.AccountId, out var name))
        {
            options.Sightings.Saw(name.ToString());
        }
    }

    private IDeploymentsApi Api(string operation) => Credentials.Required(options.Deployments, operation);
}
