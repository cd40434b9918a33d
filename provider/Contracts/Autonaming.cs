namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>The engine's autonaming instruction (sent only to providers that announce support for it).</summary>
public sealed record Autonaming(string ProposedName, AutonamingMode Mode);
