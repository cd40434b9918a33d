using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Hosting;

/// <summary>
/// Asks the engine's <c>grpc.health.v1.Health/Check</c> whether it is still there. An engine that does not implement
/// the health service counts as alive, like the reference Go host does.
/// </summary>
public sealed class EngineHealthProbe : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly GrpcChannel _channel;
    private readonly Health.HealthClient _client;

    public EngineHealthProbe(string engineAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engineAddress);
        _channel = GrpcChannel.ForAddress(EngineUri.From(engineAddress));
        _client = new Health.HealthClient(_channel);
    }

    public async Task<bool> IsEngineAliveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(CallTimeout),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            return true;
        }
        catch (RpcException)
        {
            return false;
        }
    }

    public void Dispose() => _channel.Dispose();
}
