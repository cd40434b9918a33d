namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>Query parameters of a list call.</summary>
public sealed record ListDeploymentsOptions
{
    /// <summary>Page size (the service defaults to 50 and caps at 200).</summary>
    public int? PageSize { get; init; }

    /// <summary>AIP-160 filter expression.</summary>
    public string? Filter { get; init; }

    /// <summary>Ordering, e.g. <c>create_time desc</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Include soft-deleted deployments.</summary>
    public bool ShowDeleted { get; init; }
}
