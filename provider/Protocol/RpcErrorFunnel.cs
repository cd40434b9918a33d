using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using RpcStatus = Google.Rpc.Status;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// Runs every RPC body with a token linked to the cancellation root and maps exceptions to gRPC statuses in one
/// place. The status code matters to the engine: Internal/Unknown mean "state unknown", every other code a clean
/// failure, and an <c>ErrorResourceInitFailed</c> detail means "created but not ready: keep this id".
/// Exception messages are sent as they are: ours are secret-free by construction.
/// </summary>
public sealed class RpcErrorFunnel
{
    private readonly CancellationRoot _cancellation;
    private readonly TextWriter _diagnostics;

    public RpcErrorFunnel(CancellationRoot cancellation, TextWriter diagnostics)
    {
        _cancellation = cancellation;
        _diagnostics = diagnostics;
    }

    public async Task<T> RunAsync<T>(ServerCallContext context, Func<CancellationToken, Task<T>> body)
    {
        using var linked = _cancellation.Link(context.CancellationToken);
        try
        {
            return await body(linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw ToRpcException(exception);
        }
    }

    /// <summary>The status an exception becomes; public so the mapping can be tested without a server.</summary>
    public RpcException ToRpcException(Exception exception)
    {
        switch (exception)
        {
            case OperationCanceledException:
                return new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "the operation was cancelled"));
            case NotImplementedException:
                return new RpcException(new Grpc.Core.Status(StatusCode.Unimplemented,
                    string.IsNullOrEmpty(exception.Message) ? "not implemented" : exception.Message));
            case ResourceInitializationException initFailed:
                return WithDetail(StatusCode.Unknown, initFailed.Message, new ErrorResourceInitFailed
                {
                    Id = initFailed.Id,
                    Properties = PropertyValueCodec.EncodeMap(initFailed.Properties),
                    Inputs = initFailed.Inputs.Count > 0 ? PropertyValueCodec.EncodeMap(initFailed.Inputs) : null,
                    Reasons = { initFailed.Reasons },
                    RefreshBeforeUpdate = initFailed.RefreshBeforeUpdate,
                });
            case MissingConfigurationException missing:
                var detail = new ConfigureErrorMissingKeys();
                detail.MissingKeys.AddRange(missing.MissingKeys.Select(key =>
                    new ConfigureErrorMissingKeys.Types.MissingKey { Name = key.Name, Description = key.Description }));
                return WithDetail(StatusCode.InvalidArgument, missing.Message, detail);
            case InvalidConfigurationException or PropertyValueFormatException:
                return new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, exception.Message));
            case ProviderErrorException providerError:
                return new RpcException(new Grpc.Core.Status((StatusCode)providerError.Code, providerError.Message));
            default:
                WriteDiagnostics(exception);
                return new RpcException(new Grpc.Core.Status(StatusCode.Internal, exception.Message));
        }
    }

    private static RpcException WithDetail(StatusCode code, string message, IMessage detail)
    {
        var status = new RpcStatus { Code = (int)code, Message = message, Details = { Any.Pack(detail) } };
        return status.ToRpcException();
    }

    private void WriteDiagnostics(Exception exception)
    {
        lock (_diagnostics)
        {
            _diagnostics.WriteLine($"unexpected error: {exception}");
            _diagnostics.Flush();
        }
    }
}
