using Grpc.AspNetCore.Server.Model;
using Rpc = Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// Binds every <c>pulumirpc.ResourceProvider</c> method to <see cref="ResourceProviderService"/> through the
/// generated <c>BindService</c>, with request parsers that accept deep values (<see cref="RequestParsing"/>).
/// It replaces Grpc.AspNetCore's default binder, which finds the handlers by reflection at start-up.
/// </summary>
internal sealed class ResourceProviderMethods(ResourceProviderService service) : IServiceMethodProvider<ResourceProviderService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<ResourceProviderService> context) =>
        Rpc.ResourceProvider.BindService(new ResourceProviderBinder(context), service);
}
