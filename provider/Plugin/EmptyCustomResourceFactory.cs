using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>A factory with no resources: the provider configures, and every resource call names an unknown type.</summary>
public sealed class EmptyCustomResourceFactory : ICustomResourceFactory
{
    public static EmptyCustomResourceFactory Instance { get; } = new();

    public IReadOnlyList<ICustomResource> Create(ProviderConfiguration configuration, IEngineLog log) => [];
}
