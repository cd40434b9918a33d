namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>A required configuration key that has no value. <see cref="Name"/> is the full stack-config name
/// (<c>fireworks:apiKey</c>): the engine prints it in its <c>pulumi config set</c> hint.</summary>
public sealed record MissingConfigurationKey(string Name, string Description);
