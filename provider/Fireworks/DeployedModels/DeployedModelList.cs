namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>One page of <c>GET …/deployedModels</c>.</summary>
public sealed record DeployedModelList
{
    /// <summary>The deployed models on this page.</summary>
    public IReadOnlyList<DeployedModel>? DeployedModels { get; init; }

    /// <summary>Token for the next page; empty or absent on the last page.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>Total number of matching deployed models, when the service reports it.</summary>
    public int? TotalSize { get; init; }
}
