using Microsoft.Extensions.Logging;

namespace Fireworks.Emulator.Hosting;

/// <summary>Writes one line per log entry to stderr.</summary>
internal sealed class StderrLogger(string category) : ILogger
{
    private readonly string shortCategory = category[(category.LastIndexOf('.') + 1)..];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = $"[{logLevel}] {shortCategory}: {formatter(state, exception)}";
        Console.Error.WriteLine(exception is null ? line : line + " " + exception.Message);
    }
}
