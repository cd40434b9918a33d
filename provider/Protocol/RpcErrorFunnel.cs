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
    private const int MaxMessageLength = 1024;

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
        ArgumentNullException.ThrowIfNull(exception);
        var message = Bounded(exception.Message);
        switch (exception)
        {
            case OperationCanceledException:
                return new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "the operation was cancelled"));
            case NotImplementedException:
                return new RpcException(new Grpc.Core.Status(StatusCode.Unimplemented,
                    string.IsNullOrEmpty(message) ? "not implemented" : message));
            case ResourceInitializationException initFailed:
                return WithDetail(StatusCode.Unknown, message, new ErrorResourceInitFailed
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
                return WithDetail(StatusCode.InvalidArgument, message, detail);
            case InvalidConfigurationException or PropertyValueFormatException:
                return new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, message));
            case ProviderErrorException providerError:
                return new RpcException(new Grpc.Core.Status((StatusCode)providerError.Code, message));
            default:
                WriteDiagnostics(exception);
                return new RpcException(new Grpc.Core.Status(StatusCode.Internal, message));
        }
    }

    /// <summary>
    /// The status message travels percent-encoded in an HTTP/2 trailer, and clients cap the size of a header block,
    /// so a message quoting a hostile request (a megabyte-long type token) could turn a clean error into a broken
    /// call. Such a message is cut.
    /// </summary>
    internal static string Bounded(string message) =>
        message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "... (message cut)";

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
