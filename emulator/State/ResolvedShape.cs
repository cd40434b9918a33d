namespace Fireworks.Emulator.State;

/// <summary>The shape version a deployment's <c>deploymentShape</c> resolved to.</summary>
internal sealed record ResolvedShape(string VersionName, StoredShapeVersion Version);
