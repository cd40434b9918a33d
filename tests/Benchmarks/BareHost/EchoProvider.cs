using Grpc.Core;
using Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace BareHost;

/// <summary>Check answers with the inputs it was sent; every other method is the generated UNIMPLEMENTED.</summary>
internal sealed class EchoProvider : ResourceProvider.ResourceProviderBase
{
    public override Task<CheckResponse> Check(CheckRequest request, ServerCallContext context) =>
        Task.FromResult(new CheckResponse { Inputs = request.News });
}
