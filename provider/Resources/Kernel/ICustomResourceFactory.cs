using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Builds the package's resources and functions once the provider is configured. Called on every Configure with the
/// validated configuration; must be cheap (no network: a factory that wants to check credentials also implements
/// <see cref="ICredentialCheck"/>).
/// </summary>
public interface ICustomResourceFactory
{
    IReadOnlyList<ICustomResource> Create(ProviderConfiguration configuration, IEngineLog log);

    IReadOnlyList<IFunction> CreateFunctions(ProviderConfiguration configuration, IEngineLog log) => [];
}
