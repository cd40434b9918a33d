using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>Reading a resource's record for Read: a failed read is a clean failure, and a record can be gone in two ways.</summary>
public static class LiveRecord
{
    /// <summary>The record, or null when it is gone: not found (404), or in a state that means it is on its way out.</summary>
    /// <param name="read">The GET (null on 404).</param>
    /// <param name="isGone">Whether a state the service reports means gone (e.g. DELETED).</param>
    /// <param name="errors">The operation's reporter.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<T?> ReadAsync<T>(Func<CancellationToken, Task<T?>> read, Func<T, bool> isGone, ErrorReporter errors,
        CancellationToken cancellationToken)
        where T : class
    {
        T? record;
        try
        {
            record = await read(cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed(exception);
        }

        return record is null || isGone(record) ? null : record;
    }
}
