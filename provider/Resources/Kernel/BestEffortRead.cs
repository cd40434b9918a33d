namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// A read made while reporting a partial failure: it must not hang, and its own failure only means the outputs are
/// less precise. Once the operation is cancelled (engine Cancel, SIGTERM) there is no read at all: the engine waits
/// only a few seconds for the answer that carries the id, so what is already known is reported.
/// </summary>
public static class BestEffortRead
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    public static async Task<T?> TryAsync<T>(Func<CancellationToken, Task<T?>> read, TimeProvider timeProvider,
        CancellationToken cancellationToken)
        where T : class
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        using var budget = new CancellationTokenSource(Budget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            return await read(linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
