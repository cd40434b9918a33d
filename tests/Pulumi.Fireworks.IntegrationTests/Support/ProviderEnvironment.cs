using Pulumi.Fireworks.Provider.Configuration;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>An empty environment: the session configures everything explicitly, whatever the machine has set.</summary>
internal sealed class ProviderEnvironment : IEnvironmentVariables
{
    public string? Get(string name) => null;
}
