using System.Collections;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary><c>orderBy</c>: comma-separated fields, each optionally followed by <c>asc</c> or <c>desc</c>.</summary>
internal static class ListOrder
{
    /// <summary>Parses <paramref name="text"/>; an empty value means <paramref name="defaultField"/> ascending.</summary>
    /// <exception cref="ApiException">Unknown field or direction (INVALID_ARGUMENT).</exception>
    public static IReadOnlyList<SortKey> Parse(string? text, IReadOnlyCollection<string> supported, string defaultField)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new SortKey(defaultField, false)];
        }

        var keys = new List<SortKey>();
        foreach (var part in text.Split(','))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var field = words.Length > 0 ? words[0] : "";
            var descending = words.Length switch
            {
                1 => false,
                2 when words[1] is "asc" => false,
                2 when words[1] is "desc" => true,
                _ => throw ApiException.InvalidArgument($"invalid orderBy \"{text}\": use field names each optionally followed by asc or desc"),
            };
            if (!supported.Contains(field))
            {
                throw ApiException.InvalidArgument($"unsupported orderBy field \"{field}\"; supported: {string.Join(", ", supported)}");
            }

            keys.Add(new SortKey(field, descending));
        }

        return keys;
    }

    /// <summary>Sorts stably by the keys (ties keep the incoming order).</summary>
    public static List<T> Sort<T>(IEnumerable<T> items, IReadOnlyList<SortKey> keys, Func<T, string, object?> keyOf)
    {
        var indexed = items.Select((item, index) => (item, index)).ToList();
        indexed.Sort((a, b) =>
        {
            foreach (var key in keys)
            {
                var order = Comparer.DefaultInvariant.Compare(keyOf(a.item, key.Field), keyOf(b.item, key.Field));
                if (order != 0)
                {
                    return key.Descending ? -order : order;
                }
            }

            return a.index.CompareTo(b.index);
        });
        return [.. indexed.Select(p => p.item)];
    }
}
