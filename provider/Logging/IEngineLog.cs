namespace Pulumi.Fireworks.Provider.Logging;

/// <summary>
/// Messages for the user, sent through the engine's <c>Log</c> RPC (stderr when no engine is attached).
/// Ephemeral messages are progress shown in the status column and not kept. Never pass a secret.
/// </summary>
public interface IEngineLog
{
    Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false,
        CancellationToken cancellationToken = default);
}
