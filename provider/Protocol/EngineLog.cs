using System.Text;
using Grpc.Net.Client;
using Pulumi.Fireworks.Provider.Logging;
using LogSeverity = Pulumi.Fireworks.Provider.Logging.LogSeverity;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// Sends messages to the engine's <c>Log</c> RPC. Before an engine address is known (attach mode), or when the
/// engine cannot be reached, messages go to stderr: stdout belongs to the protocol. <see cref="Connect"/> replaces
/// the engine (Handshake and every Attach may name a new one).
/// </summary>
public sealed class EngineLog : IEngineLogChannel, IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly TextWriter _fallback;
    private readonly Lock _gate = new();
    private Connection? _connection;

    public EngineLog(TextWriter fallback)
    {
        _fallback = fallback;
    }

    /// <summary>The engine address in use, or null when messages go to stderr.</summary>
    public string? EngineAddress => Volatile.Read(ref _connection)?.Address;

    /// <summary>Sends later messages to the engine at <paramref name="address"/> (<c>host:port</c>).</summary>
    public void Connect(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        Connection? previous;
        lock (_gate)
        {
            if (_connection?.Address == address)
            {
                return;
            }

            previous = _connection;
            var channel = GrpcChannel.ForAddress(EngineUri.From(address));
            _connection = new Connection(address, channel, new Rpc.Engine.EngineClient(channel));
        }

        previous?.Channel.Dispose();
    }

    public async Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false,
        CancellationToken cancellationToken = default)
    {
        // The engine's Go side expects valid UTF-8: replace lone surrogates before anything is encoded.
        var text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(message ?? string.Empty));
        var connection = Volatile.Read(ref _connection);
        if (connection is not null)
        {
            try
            {
                await connection.Client.LogAsync(
                    new Rpc.LogRequest
                    {
                        Severity = (Rpc.LogSeverity)severity,
                        Message = text,
                        Urn = urn ?? string.Empty,
                        Ephemeral = ephemeral,
                    },
                    deadline: DateTime.UtcNow.Add(CallTimeout),
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                WriteFallback(LogSeverity.Debug, $"engine log unavailable ({exception.GetType().Name}); using stderr", null);
            }
        }

        WriteFallback(severity, text, urn);
    }

    public void Dispose()
    {
        Connection? connection;
        lock (_gate)
        {
            connection = _connection;
            _connection = null;
        }

        connection?.Channel.Dispose();
    }

    private void WriteFallback(LogSeverity severity, string message, string? urn)
    {
        var line = string.IsNullOrEmpty(urn)
            ? $"[{severity.ToString().ToLowerInvariant()}] {message}"
            : $"[{severity.ToString().ToLowerInvariant()}] {urn}: {message}";
        lock (_fallback)
        {
            _fallback.WriteLine(line);
            _fallback.Flush();
        }
    }

    private sealed record Connection(string Address, GrpcChannel Channel, Rpc.Engine.EngineClient Client);
}
