namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>GetSchema: the schema format version (the CLI sends 0) and, for parameterized providers, a subpackage.</summary>
public sealed record SchemaRequest(int Version, string SubpackageName, string SubpackageVersion);
