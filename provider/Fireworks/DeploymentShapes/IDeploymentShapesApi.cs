namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>
/// Read-only deployment-shape operations of the Fireworks control plane. Failures throw
/// <see cref="Errors.FireworksException"/> (a shape that does not exist: status 404).
/// </summary>
public interface IDeploymentShapesApi
{
    /// <summary>
    /// Lists the versions of <paramref name="shape"/> (<c>GET …/deploymentShapes/{shape}/versions</c>; use
    /// <see cref="ShapeName.Everywhere"/> for every shape), following <c>nextPageToken</c> to the end with the same
    /// parameters on every page. A page token seen twice fails instead of looping.
    /// </summary>
    IAsyncEnumerable<DeploymentShapeVersion> ListVersionsAsync(ShapeName shape, ListDeploymentShapeVersionsOptions? options = null, CancellationToken cancellationToken = default);
}
