namespace Fireworks.Emulator.State;

/// <summary>One immutable shape version as the emulator holds it.</summary>
internal sealed record StoredShapeVersion(string VersionId, DateTimeOffset CreateTime, DeploymentShapeVersionDefinition Definition);
