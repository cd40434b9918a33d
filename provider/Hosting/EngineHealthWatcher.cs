namespace Pulumi.Fireworks.Provider.Hosting;

/// <summary>
/// Stops an orphaned plugin: probes the engine every <see cref="Interval"/> and calls <c>onEngineGone</c> once the
/// engine has failed <see cref="FailuresBeforeShutdown"/> probes in a row.
/// </summary>
/// <remarks>
/// The reference Go host gives up after one failed probe. A plugin may be waiting on a paid deployment, and exiting
/// mid-create is what loses track of one, so a failure is confirmed by a second probe shortly after.
/// </remarks>
public sealed class EngineHealthWatcher : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan RecheckDelay = TimeSpan.FromSeconds(30);

    public const int FailuresBeforeShutdown = 2;

    private readonly Func<CancellationToken, Task<bool>> _isEngineAlive;
    private readonly Action _onEngineGone;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public EngineHealthWatcher(Func<CancellationToken, Task<bool>> isEngineAlive, Action onEngineGone, TimeProvider timeProvider)
    {
        _isEngineAlive = isEngineAlive;
        _onEngineGone = onEngineGone;
        _timeProvider = timeProvider;
    }

    /// <summary>The number of probes made so far (for diagnostics and tests).</summary>
    public int Probes { get; private set; }

    /// <summary>Starts watching; the first probe comes one <see cref="Interval"/> from now.</summary>
    public void Start() => _loop = WatchAsync(_stopping.Token);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting: the normal end.
        }

        _stopping.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(failures == 0 ? Interval : RecheckDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            Probes++;
            failures = await _isEngineAlive(cancellationToken).ConfigureAwait(false) ? 0 : failures + 1;
            if (failures >= FailuresBeforeShutdown)
            {
                _onEngineGone();
                return;
            }
        }
    }
}
