using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>
/// The deployment-shapes API of one <see cref="FireworksClient"/> (it shares the client's transport and rate gate).
/// Shapes may live in another account than the configured one (the public ones are in <c>fireworks</c>), so every
/// call names the shape's own account. Immutable and thread-safe.
/// </summary>
public sealed class DeploymentShapesClient : IDeploymentShapesApi
{
    private readonly FireworksChannel channel;

    internal DeploymentShapesClient(FireworksChannel channel)
    {
        this.channel = channel;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<DeploymentShapeVersion> ListVersionsAsync(ShapeName shape, ListDeploymentShapeVersionsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shape);
        options ??= new ListDeploymentShapeVersionsOptions();
        return ListPages.ReadAsync(channel, $"v1/{shape.Path}/versions",
            () => new RequestQuery().Number("pageSize", options.PageSize).Value("filter", options.Filter).Value("orderBy", options.OrderBy),
            FireworksJsonContext.Default.DeploymentShapeVersionList, page => page.DeploymentShapeVersions, page => page.NextPageToken,
            $"list deployment shape versions {shape}", cancellationToken);
    }
}
