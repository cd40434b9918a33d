using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>A factory that hands out given resources (and functions) and remembers the configuration it was called with.</summary>
public sealed class FixedResourceFactory : ICustomResourceFactory
{
    private readonly ICustomResource[] _resources;

    public FixedResourceFactory(params ICustomResource[] resources)
    {
        _resources = resources;
    }

    public ProviderConfiguration? LastConfiguration { get; private set; }

    public IReadOnlyList<IFunction> Functions { get; init; } = [];

    public IReadOnlyList<ICustomResource> Create(ProviderConfiguration configuration, IEngineLog log)
    {
        LastConfiguration = configuration;
        return _resources;
    }

    public IReadOnlyList<IFunction> CreateFunctions(ProviderConfiguration configuration, IEngineLog log) => Functions;
}
