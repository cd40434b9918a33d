namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// Collects a list function's items as pages arrive: one item per key (a page boundary that shifts while the list is
/// read can show an item twice), in first-seen order, and at most <c>limit</c> of them. Items without a key are kept
/// as they come.
/// </summary>
/// <param name="limit">The most items kept.</param>
/// <param name="key">The identity of an item (e.g. its full name).</param>
/// <param name="replaces">Whether a later item with a known key should take the earlier one's place; by default never.</param>
public sealed class BoundedUniqueList<T>(int limit, Func<T, string?> key, Func<T, T, bool>? replaces = null)
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    /// <summary>True once an item beyond the limit arrived (it was not kept).</summary>
    public bool Overflowed { get; private set; }

    public IReadOnlyList<T> Items => _items;

    /// <summary>Adds an item; false when it is one too many (the caller should stop reading).</summary>
    public bool Add(T item)
    {
        var identity = key(item);
        if (identity is not null && _positions.TryGetValue(identity, out var position))
        {
            if (replaces?.Invoke(item, _items[position]) == true)
            {
                _items[position] = item;
            }

            return true;
        }

        if (_items.Count >= limit)
        {
            Overflowed = true;
            return false;
        }

        if (identity is not null)
        {
            _positions[identity] = _items.Count;
        }

        _items.Add(item);
        return true;
    }
}
