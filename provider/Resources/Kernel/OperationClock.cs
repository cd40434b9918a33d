using System.Globalization;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>The time budget of one operation (create, update, delete), measured on the injected clock.</summary>
public sealed class OperationClock
{
    private readonly TimeProvider _time;
    private readonly long _started;

    public OperationClock(TimeProvider time, TimeSpan timeout)
    {
        _time = time;
        _started = time.GetTimestamp();
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }

    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <summary>What is left of the budget, never negative.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var remaining = Timeout - Elapsed;
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }

    /// <summary>A timeout for messages: <c>30m</c> or <c>90s</c>.</summary>
    public static string Format(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 && timeout.Seconds == 0
            ? ((long)timeout.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m"
            : timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";

    /// <summary>An exception for a message: cancellation says so, anything else gives its (redacted) message.</summary>
    public static string Describe(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested
            ? "the operation was cancelled"
            : exception.Message;
}
