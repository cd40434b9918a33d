namespace Fireworks.Emulator.State;

/// <summary>A deployment shape and its versions, oldest first. Guarded by the shape store's lock.</summary>
internal sealed class StoredShape
{
    public required string Name { get; init; }

    public required string Account { get; init; }

    public required string ShapeId { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public List<StoredShapeVersion> Versions { get; } = [];

    /// <summary>The newest version of any status.</summary>
    public StoredShapeVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>The newest validated version (at most one version is "latest validated").</summary>
    public StoredShapeVersion? LatestValidated => Versions.LastOrDefault(v => v.Definition.Validated);

    public StoredShapeVersion? Version(string versionId) => Versions.FirstOrDefault(v => v.VersionId == versionId);

    public string VersionName(StoredShapeVersion version) => $"{Name}/versions/{version.VersionId}";
}
