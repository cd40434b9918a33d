namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>
/// One immutable version of a deployment shape (<c>gatewayDeploymentShapeVersion</c>, API 4.259.0). A shape gets a
/// new version on every change; at most one version per shape is the latest validated one.
/// </summary>
public sealed record DeploymentShapeVersion
{
    /// <summary>Full name, <c>accounts/{account}/deploymentShapes/{shape}/versions/{version}</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Creation time, RFC 3339 (lists sort by it).</summary>
    public string? CreateTime { get; init; }

    /// <summary>The shape's content as of this version.</summary>
    public DeploymentShape? Snapshot { get; init; }

    /// <summary>Whether Fireworks validated this version for deployments.</summary>
    public bool? Validated { get; init; }

    /// <summary>Whether the version is public.</summary>
    public bool? Public { get; init; }

    /// <summary>True for the shape's latest validated version (proto3 JSON leaves false out).</summary>
    public bool? LatestValidated { get; init; }
}
