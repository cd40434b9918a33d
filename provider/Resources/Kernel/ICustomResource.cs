using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// One custom resource type of the package (e.g. <c>fireworks:index:Deployment</c>). The protocol adapter converts
/// protobuf to these plain requests and the <see cref="ResourceRegistry"/> routes by <see cref="Token"/> (checking
/// ids, mapping Fireworks failures and making derived outputs secret on the way); implementations never see
/// protobuf. Input problems are returned as <see cref="CheckFailure"/>s, not thrown.
/// </summary>
public interface ICustomResource
{
    /// <summary>The type token, e.g. <c>fireworks:index:Deployment</c>.</summary>
    string Token { get; }

    /// <summary>What a valid id looks like, for messages (e.g. <c>accounts/&lt;account&gt;/deployments/&lt;id&gt;</c>).</summary>
    string IdFormat { get; }

    /// <summary>Which outputs derive from which inputs (a secret input keeps them secret).</summary>
    SecretDerivation Secrets { get; }

    /// <summary>Whether <paramref name="id"/> is an id of this resource (Update and Delete; Read also takes import forms).</summary>
    bool IsValidId(string id);

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
