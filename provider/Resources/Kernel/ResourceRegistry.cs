using System.Collections.Frozen;
using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The configured resources and functions by token. Every resource is handed out wrapped in a
/// <see cref="GuardedResource"/>, so the rules that hold for all of them (ids, error mapping, secrets that follow
/// their source) are applied in one place.
/// </summary>
public sealed class ResourceRegistry
{
    private readonly FrozenDictionary<string, ICustomResource> _resources;
    private readonly FrozenDictionary<string, IFunction> _functions;

    public ResourceRegistry(IEnumerable<ICustomResource> resources, IEnumerable<IFunction> functions)
    {
        _resources = resources.ToFrozenDictionary(resource => resource.Token,
            resource => (ICustomResource)new GuardedResource(resource), StringComparer.Ordinal);
        _functions = functions.ToFrozenDictionary(function => function.Token, StringComparer.Ordinal);
    }

    public IEnumerable<string> ResourceTokens => _resources.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<string> FunctionTokens => _functions.Keys.Order(StringComparer.Ordinal);

    public ICustomResource Resource(string type)
    {
        if (_resources.TryGetValue(type, out var resource))
        {
            return resource;
        }

        var known = _resources.Count == 0 ? "none" : string.Join(", ", ResourceTokens);
        throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
            $"unknown resource type \"{type}\"; the fireworks provider manages: {known}");
    }

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        if (!_functions.TryGetValue(request.Token, out var function))
        {
            var known = _functions.Count == 0 ? "none" : string.Join(", ", FunctionTokens);
            throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
                $"unknown function \"{request.Token}\"; the fireworks provider has: {known}");
        }

        return await GuardedResource.MapFireworksFailures(() => function.InvokeAsync(request, cancellationToken))
            .ConfigureAwait(false);
    }
}
