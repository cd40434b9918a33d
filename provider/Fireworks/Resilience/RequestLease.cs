namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// The right to send one request, granted by <see cref="RequestRateLimiter"/>. Complete it with the answer (or null
/// when none came) so the gate counts the request in its window and learns from a 429.
/// </summary>
internal sealed class RequestLease
{
    private readonly RequestRateLimiter gate;
    private int completed;

    internal RequestLease(RequestRateLimiter gate, int epoch)
    {
        this.gate = gate;
        Epoch = epoch;
    }

    /// <summary>The gate's epoch when this lease was granted (a 429 to a lease of an older epoch is not news).</summary>
    internal int Epoch { get; }

    /// <summary>Reports the answer; only the first call counts.</summary>
    public void Complete(HttpResponseMessage? response)
    {
        if (Interlocked.Exchange(ref completed, 1) == 0)
        {
            gate.Finish(this, response);
        }
    }
}
