using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// One function (data source) of the package, e.g. <c>fireworks:index:getDeployment</c>. Problems with the
/// arguments are returned as failures naming the argument; a Fireworks failure is mapped by the registry.
/// </summary>
public interface IFunction
{
    /// <summary>The function token, e.g. <c>fireworks:index:getDeployment</c>.</summary>
    string Token { get; }

    Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken);
}
