using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Routing;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// Receives the generated methods of the service, with handlers bound to the one service instance, and adds them
/// to Grpc.AspNetCore with the deep-request parsers of <see cref="RequestParsing"/>.
/// </summary>
internal sealed class ResourceProviderBinder(ServiceMethodProviderContext<ResourceProviderService> context)
    : ServiceBinderBase
{
    // Like the default binder: gRPC is POST only, other HTTP methods get 405.
    private static readonly object[] Metadata = [new HttpMethodMetadata(["POST"], acceptCorsPreflight: true)];

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method,
        UnaryServerMethod<TRequest, TResponse>? handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        context.AddUnaryMethod(RequestParsing.WithDeepRequests(method), Metadata,
            (_, request, call) => handler(request, call));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method,
        ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        context.AddServerStreamingMethod(RequestParsing.WithDeepRequests(method), Metadata,
            (_, request, responses, call) => handler(request, responses, call));
    }
}
