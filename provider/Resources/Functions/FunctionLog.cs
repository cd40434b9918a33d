using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>Lasting warnings of a function (an Invoke has no resource, so they carry no URN). Best effort.</summary>
internal static class FunctionLog
{
    public static async Task WarnAsync(IEngineLog log, string message, CancellationToken cancellationToken)
    {
        try
        {
            await log.LogAsync(LogSeverity.Warning, message, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            // A lost warning must not fail a result that is otherwise complete.
        }
    }
}
