namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>Query parameters of a shape-version list call.</summary>
public sealed record ListDeploymentShapeVersionsOptions
{
    /// <summary>Page size (the service defaults to 50 and caps at 200).</summary>
    public int? PageSize { get; init; }

    /// <summary>AIP-160 filter, e.g. <c>latest_validated=true</c> or <c>snapshot.base_model="…"</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>Ordering, e.g. <c>create_time desc</c>.</summary>
    public string? OrderBy { get; init; }
}
