namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>The engine's first call: its address (for logging) and the plugin's directories (unset when attaching).</summary>
public sealed record HandshakeRequest(string EngineAddress, string? RootDirectory, string? ProgramDirectory);
