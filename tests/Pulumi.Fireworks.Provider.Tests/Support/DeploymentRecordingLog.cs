using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>An <see cref="IEngineLog"/> that keeps every message for assertions.</summary>
internal sealed class DeploymentRecordingLog : IEngineLog
{
    public List<(LogSeverity Severity, string Message, string? Urn)> Messages { get; } = [];

    public Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false,
        CancellationToken cancellationToken = default)
    {
        Messages.Add((severity, message, urn));
        return Task.CompletedTask;
    }
}
