namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>One page of <c>GET …/deployments</c>.</summary>
public sealed record DeploymentList
{
    /// <summary>The deployments on this page.</summary>
    public IReadOnlyList<Deployment>? Deployments { get; init; }

    /// <summary>Token for the next page; empty or absent on the last page.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>Total number of matching deployments, when the service reports it.</summary>
    public int? TotalSize { get; init; }
}
