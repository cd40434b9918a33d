using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Optionally implemented by an <see cref="ICustomResourceFactory"/>: checks the configured credentials during
/// Configure, so that a rejected key stops <c>pulumi preview</c> with a clear message instead of failing later.
/// </summary>
public interface ICredentialCheck
{
    /// <summary>Throws <see cref="ProviderErrorException"/> only when the service definitely refused the credentials.</summary>
    Task CheckCredentialsAsync(ProviderConfiguration configuration, IEngineLog log, CancellationToken cancellationToken);
}
