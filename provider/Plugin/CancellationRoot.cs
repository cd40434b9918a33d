namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>
/// The one cancellation source linked into every in-flight call. The engine's <c>Cancel</c> trips it, and so does
/// process shutdown (SIGTERM/SIGINT). A new engine session (Handshake or Attach in attach mode, where one process
/// serves several CLI runs) gets a fresh source unless the process is shutting down.
/// </summary>
public sealed class CancellationRoot : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource _source = new();
    private bool _shuttingDown;

    public CancellationToken Token
    {
        get
        {
            lock (_gate)
            {
                return _source.Token;
            }
        }
    }

    /// <summary>Links the root with a call's own token (the client going away).</summary>
    public CancellationTokenSource Link(CancellationToken callToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(Token, callToken);

    /// <summary>Cancels every in-flight call (the engine's Cancel). Never blocks on the calls themselves.</summary>
    public void Cancel()
    {
        CancellationTokenSource source;
        lock (_gate)
        {
            source = _source;
        }

        // Callbacks run on the thread pool so that Cancel answers at once.
        _ = source.CancelAsync();
    }

    /// <summary>Cancels for good: the process is stopping.</summary>
    public void Shutdown()
    {
        lock (_gate)
        {
            _shuttingDown = true;
        }

        Cancel();
    }

    /// <summary>Starts a new engine session: a cancelled root is replaced unless the process is stopping.</summary>
    public void Renew()
    {
        lock (_gate)
        {
            if (_shuttingDown || !_source.IsCancellationRequested)
            {
                return;
            }

            _source = new CancellationTokenSource();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _source.Dispose();
        }
    }
}
