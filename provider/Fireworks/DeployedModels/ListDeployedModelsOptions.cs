namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>Query parameters of a list call.</summary>
public sealed record ListDeployedModelsOptions
{
    /// <summary>Page size (the service defaults to 50 and caps at 200).</summary>
    public int? PageSize { get; init; }

    /// <summary>AIP-160 filter expression, e.g. <c>deployment="accounts/a/deployments/d"</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>Ordering, e.g. <c>create_time desc</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>
    /// The deployed models of one model on one deployment: <c>deployment="…" AND model="…"</c> (the two filters seen
    /// in real use, combined as AIP-160 allows). Quotes and backslashes in the names are escaped.
    /// </summary>
    public static ListDeployedModelsOptions ForPair(string deployment, string model) => new()
    {
        Filter = $"deployment={Quote(deployment)} AND model={Quote(model)}",
        PageSize = 200,
    };

    /// <summary>Every deployed model on one deployment: <c>deployment="…"</c>.</summary>
    public static ListDeployedModelsOptions OnDeployment(string deployment) => new()
    {
        Filter = $"deployment={Quote(deployment)}",
        PageSize = 200,
    };

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
