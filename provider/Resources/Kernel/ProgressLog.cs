using System.Globalization;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Ephemeral status lines on the resource's row while an operation waits (state, detail, elapsed time). Logging is
/// best effort: a lost status line must never fail or slow the operation.
/// </summary>
public sealed class ProgressLog(IEngineLog log, string urn, string action)
{
    public void Report(string name, string? state, string? detail, TimeSpan elapsed)
    {
        var extra = string.IsNullOrEmpty(detail) ? string.Empty : ", " + detail;
        _ = SendAsync($"{action} {name}: {state ?? "not found"}{extra}, " +
                      $"{elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)}s elapsed");
    }

    public Task SendAsync(string message) => SafeAsync(() => log.LogAsync(LogSeverity.Info, message, urn, ephemeral: true));

    /// <summary>A lasting message (it stays in the update's summary), best effort too.</summary>
    public Task WarnAsync(string message) => SafeAsync(() => log.LogAsync(LogSeverity.Warning, message, urn));

    private static async Task SafeAsync(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Status lines are cosmetic; the engine may be gone while the operation still has to finish.
        }
    }
}
