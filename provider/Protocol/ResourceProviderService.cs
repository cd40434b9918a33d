using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Fireworks.Provider.Plugin;
using Rpc = Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// The gRPC adapter: converts protobuf to plain requests, calls <see cref="FireworksProvider"/> and converts back,
/// with every body run through <see cref="RpcErrorFunnel"/>. RPCs not overridden here (Parameterize, Call, List,
/// Construct, GetMapping, GetMappings) answer UNIMPLEMENTED from the generated base class.
/// </summary>
internal sealed class ResourceProviderService : Rpc.ResourceProvider.ResourceProviderBase
{
    private static readonly Empty EmptyResponse = new();

    private readonly FireworksProvider _provider;
    private readonly RpcErrorFunnel _funnel;

    public ResourceProviderService(FireworksProvider provider, RpcErrorFunnel funnel)
    {
        _provider = provider;
        _funnel = funnel;
    }

    public override Task<Rpc.ProviderHandshakeResponse> Handshake(Rpc.ProviderHandshakeRequest request,
        ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToHandshake(await _provider.HandshakeAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Rpc.PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            new Rpc.PluginInfo { Version = await _provider.GetPluginInfoAsync(token) });

    public override Task<Rpc.GetSchemaResponse> GetSchema(Rpc.GetSchemaRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            new Rpc.GetSchemaResponse { Schema = await _provider.GetSchemaAsync(RpcRequests.ToPlain(request), token) });

    public override Task<Rpc.CheckResponse> CheckConfig(Rpc.CheckRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.CheckConfigAsync(RpcRequests.ToPlain(request, configuration: true), token)));

    public override Task<Rpc.DiffResponse> DiffConfig(Rpc.DiffRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.DiffConfigAsync(RpcRequests.ToPlain(request, configuration: true), token)));

    public override Task<Rpc.ConfigureResponse> Configure(Rpc.ConfigureRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToConfigure(await _provider.ConfigureAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Empty> Attach(Rpc.PluginAttach request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
        {
            await _provider.AttachAsync(EngineUri.Validated(request.Address, "address"), token);
            return EmptyResponse;
        });

    public override Task<Empty> Cancel(Empty request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
        {
            await _provider.CancelAsync(token);
            return EmptyResponse;
        });

    public override Task<Rpc.CheckResponse> Check(Rpc.CheckRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.CheckAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Rpc.DiffResponse> Diff(Rpc.DiffRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.DiffAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Rpc.CreateResponse> Create(Rpc.CreateRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.CreateAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Rpc.ReadResponse> Read(Rpc.ReadRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.ReadAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Rpc.UpdateResponse> Update(Rpc.UpdateRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.UpdateAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Rpc.InvokeResponse> Invoke(Rpc.InvokeRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
            RpcResponses.ToRpc(await _provider.InvokeAsync(RpcRequests.ToPlain(request), token)));

    public override Task<Empty> Delete(Rpc.DeleteRequest request, ServerCallContext context) =>
        _funnel.RunAsync(context, async token =>
        {
            await _provider.DeleteAsync(RpcRequests.ToPlain(request), token);
            return EmptyResponse;
        });
}
