namespace Pulumi.Fireworks.Provider.Logging;

/// <summary>
/// The engine log as the provider class sees it: messages go to the engine named by the last <see cref="Connect"/>
/// (Handshake and every Attach may name a new one). The gRPC implementation lives in the protocol layer.
/// </summary>
public interface IEngineLogChannel : IEngineLog
{
    /// <summary>Sends later messages to the engine at <paramref name="address"/> (<c>host:port</c>).</summary>
    void Connect(string? address);
}
