using System.Collections.Immutable;

namespace Fireworks.Emulator.State;

/// <summary>
/// A deployment shape and its versions, oldest first. Changed only under the shape store's lock; the versions are an
/// immutable list swapped whole, so readers outside the lock always see a consistent set.
/// </summary>
internal sealed class StoredShape
{
    public required string Name { get; init; }

    public required string Account { get; init; }

    public required string ShapeId { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public ImmutableList<StoredShapeVersion> Versions { get; private set; } = [];

    /// <summary>The newest version of any status.</summary>
    public StoredShapeVersion? Latest => Versions.IsEmpty ? null : Versions[^1];

    /// <summary>The newest validated version (at most one version is "latest validated").</summary>
    public StoredShapeVersion? LatestValidated => Versions.LastOrDefault(v => v.Definition.Validated);

    public void AddVersion(StoredShapeVersion version) => Versions = Versions.Add(version);

    public StoredShapeVersion? Version(string versionId) => Versions.FirstOrDefault(v => v.VersionId == versionId);

    public string VersionName(StoredShapeVersion version) => $"{Name}/versions/{version.VersionId}";
}
