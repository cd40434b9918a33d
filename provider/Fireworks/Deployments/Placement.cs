namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// Where a deployment may run. The service expects exactly one of <see cref="Region"/>,
/// <see cref="MultiRegion"/> or <see cref="Regions"/>; the client sends what it is given and leaves
/// the "exactly one" rule to input validation.
/// </summary>
public sealed record Placement
{
    /// <summary>A single region, e.g. <c>US_ARIZONA_1</c> (open set: new regions appear often).</summary>
    public string? Region { get; init; }

    /// <summary>A multi-region: <c>GLOBAL</c>, <c>US</c>, <c>EUROPE</c> or <c>APAC</c>.</summary>
    public string? MultiRegion { get; init; }

    /// <summary>An explicit list of allowed regions.</summary>
    public IReadOnlyList<string>? Regions { get; init; }
}
