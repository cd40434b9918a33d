using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// <c>fireworks:index:Deployment</c>: Check, Diff and previews. Creating, reading, updating and deleting real
/// deployments comes with the Fireworks client; until then those calls throw <see cref="NotImplementedException"/>
/// (the protocol adapter reports it as Unimplemented).
/// </summary>
public sealed class DeploymentResource(DeploymentResourceOptions options) : ICustomResource
{
    public const string TypeToken = "fireworks:index:Deployment";

    private const string NotWired = "Deployment lifecycle is not wired yet";

    public string Token => TypeToken;

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

    public Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(DeploymentDiff.Diff(request));

    public Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        if (!request.Preview)
        {
            throw new NotImplementedException(NotWired);
        }

        return Task.FromResult(new ResourceCreateResponse(string.Empty,
            DeploymentPreview.CreateOutputs(request.Properties, options.AccountId)));
    }

    public Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken) =>
        throw new NotImplementedException(NotWired);

    public Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        if (!request.Preview)
        {
            throw new NotImplementedException(NotWired);
        }

        return Task.FromResult(new ResourceUpdateResponse(
            DeploymentPreview.UpdateOutputs(request.News, request.Olds, options.AccountId)));
    }

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken) =>
        throw new NotImplementedException(NotWired);
}
