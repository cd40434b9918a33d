using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>An <see cref="IEngineLog"/> that keeps every message with its ephemeral flag (thread-safe).</summary>
internal sealed class LifecycleLog : IEngineLog
{
    private readonly Lock _gate = new();
    private readonly List<(LogSeverity Severity, string Message, string? Urn, bool Ephemeral)> _messages = [];

    public IReadOnlyList<(LogSeverity Severity, string Message, string? Urn, bool Ephemeral)> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public Task LogAsync(LogSeverity severity, string message, string? urn = null, bool ephemeral = false,
        CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _messages.Add((severity, message, urn, ephemeral));
        }

        return Task.CompletedTask;
    }
}
