using System.Collections.Concurrent;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The resource ids this plugin process has been told about (Diff, Read, Update, Delete) or has created. A
/// resource the service holds for a URN that is not among them was left by an earlier, interrupted run.
/// </summary>
public sealed class ResourceSightings
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);

    public void Saw(string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _ids.TryAdd(id, 0);
        }
    }

    public bool HasSeen(string id) => _ids.ContainsKey(id);
}
