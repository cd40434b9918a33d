namespace Fireworks.Emulator.Diagnostics;

/// <summary>
/// Every non-admin request the emulator answered (or dropped), in arrival order; thread-safe. A request takes its
/// place when it arrives (<see cref="Arrive"/>) and is written when it ends, so a slow or dropped request is still
/// listed before a retry that overtook it.
/// </summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly SortedList<long, RequestLogEntry> entries = [];
    private long arrivals;

    /// <summary>The arrival number of a request that just came in.</summary>
    public long Arrive() => Interlocked.Increment(ref arrivals);

    public void Add(long arrival, RequestLogEntry entry)
    {
        lock (gate)
        {
            entries[arrival] = entry;
        }
    }

    public List<RequestLogEntry> Snapshot()
    {
        lock (gate)
        {
            return [.. entries.Values];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}
