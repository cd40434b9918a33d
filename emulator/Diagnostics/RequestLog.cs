namespace Fireworks.Emulator.Diagnostics;

/// <summary>Every non-admin request the emulator answered (or dropped), in arrival order; thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<RequestLogEntry> entries = [];

    public void Add(RequestLogEntry entry)
    {
        lock (gate)
        {
            entries.Add(entry);
        }
    }

    public List<RequestLogEntry> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
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
