using Microsoft.Extensions.Logging;

namespace Fireworks.Emulator.Hosting;

/// <summary>Plain one-line logs to stderr: stdout carries only the "listening on" line.</summary>
public sealed class StderrLoggerProvider : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new StderrLogger(categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
