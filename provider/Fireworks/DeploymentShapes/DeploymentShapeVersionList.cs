namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>One page of <c>GET …/deploymentShapes/{shape}/versions</c>.</summary>
public sealed record DeploymentShapeVersionList
{
    /// <summary>The versions on this page.</summary>
    public IReadOnlyList<DeploymentShapeVersion>? DeploymentShapeVersions { get; init; }

    /// <summary>Token for the next page; empty or absent on the last page.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>Total number of matching versions, when the service reports it.</summary>
    public int? TotalSize { get; init; }
}
