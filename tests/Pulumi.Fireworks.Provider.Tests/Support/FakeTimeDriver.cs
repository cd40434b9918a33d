using Microsoft.Extensions.Time.Testing;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// Runs an operation that waits on a <see cref="FakeTimeProvider"/>, advancing the fake clock in small steps until
/// the operation completes. Deterministic: the stub handler answers synchronously and fake timers fire inside
/// <see cref="FakeTimeProvider.Advance"/>, so with no synchronization context every continuation runs inline before
/// the next step. (xunit's context would make continuations queue to the thread pool and let the clock run ahead.)
/// </summary>
internal static class FakeTimeDriver
{
    public static Task<T> RunAsync<T>(this FakeTimeProvider time, Func<Task<T>> operation, TimeSpan? step = null)
    {
        var increment = step ?? TimeSpan.FromMilliseconds(50);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var task = operation();
            for (var i = 0; !task.IsCompleted; i++)
            {
                if (i > 1_000_000)
                {
                    throw new InvalidOperationException("The operation never completed.");
                }

                time.Advance(increment);

                // A few runtime paths (e.g. HttpClient's cancellation) still queue a continuation to the thread pool;
                // let such work start before the clock moves on.
                if (!task.IsCompleted && ThreadPool.PendingWorkItemCount > 0)
                {
                    SpinWait.SpinUntil(() => task.IsCompleted || ThreadPool.PendingWorkItemCount == 0, TimeSpan.FromSeconds(1));
                    Thread.Yield();
                }
            }

            return task;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    public static Task RunAsync(this FakeTimeProvider time, Func<Task> operation, TimeSpan? step = null) =>
        time.RunAsync(async () => { await operation(); return true; }, step);
}
