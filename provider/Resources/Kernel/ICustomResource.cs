using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// One custom resource type of the package (e.g. <c>fireworks:index:Deployment</c>). The protocol adapter converts
/// protobuf to these plain requests and routes by <see cref="Token"/>; implementations never see protobuf.
/// Input problems are returned as <see cref="CheckFailure"/>s, not thrown.
/// </summary>
public interface ICustomResource
{
    /// <summary>The type token, e.g. <c>fireworks:index:Deployment</c>.</summary>
    string Token { get; }

    Task<ResourceCheckResponse> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken);

    Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken);

    /// <summary>Creates the resource. Throws <see cref="ResourceInitializationException"/> when the resource
    /// exists but did not become ready, so that the engine keeps its id.</summary>
    Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken);

    /// <summary>Reads the live state. A response with an empty id means the resource is gone.</summary>
    Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken);

    Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes the resource; a resource that is already gone counts as deleted.</summary>
    Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken);
}
