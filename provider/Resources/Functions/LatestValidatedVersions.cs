using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Primitives;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// Picks each shape's latest validated version from a version list (fireworks-api-more.md §2.2). Only a version the
/// service marks <c>latestValidated: true</c> counts, whatever the list's filter: proto3 JSON leaves false out, so a
/// missing flag means "not the latest validated", and an unvalidated version is never described as usable. Should
/// the service mark two versions of one shape, the newer (by <c>createTime</c>) wins.
/// </summary>
public static class LatestValidatedVersions
{
    /// <summary>The filter that asks the service for latest validated versions only.</summary>
    public const string Filter = "latest_validated=true";

    /// <summary>True when <paramref name="version"/> is its shape's latest validated version and names its shape.</summary>
    public static bool Counts(DeploymentShapeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.LatestValidated == true && ShapeName.OfVersion(version.Name) is not null;
    }

    /// <summary>A collector of at most <paramref name="limit"/> shapes, one version each.</summary>
    public static BoundedUniqueList<DeploymentShapeVersion> Collector(int limit) =>
        new(limit, version => ShapeName.OfVersion(version.Name)?.ToString(), IsNewer);

    private static bool IsNewer(DeploymentShapeVersion candidate, DeploymentShapeVersion current) =>
        TimestampText.TryParse(candidate.CreateTime, out var candidateTime)
        && (!TimestampText.TryParse(current.CreateTime, out var currentTime) || candidateTime > currentTime);
}
