using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Applies <c>ignoreChanges</c> paths the way the engine does: the new value at each path is reset to the old one
/// (or removed when there was none), so the path cannot show up as a change.
/// </summary>
public static class IgnoreChanges
{
    public static ImmutableDictionary<string, PropertyValue> Apply(ImmutableDictionary<string, PropertyValue> news,
        ImmutableDictionary<string, PropertyValue> olds, IEnumerable<string> paths)
    {
        var newRoot = PropertyValue.CreateMap(news);
        var oldRoot = PropertyValue.CreateMap(olds);
        foreach (var path in paths)
        {
            if (PropertyPath.Parse(path) is { } segments)
            {
                newRoot = Reset(newRoot, oldRoot, segments, 0) ?? PropertyValue.CreateMap(PropertyValue.EmptyMap);
            }
        }

        return newRoot.TryGetMap(out var result) ? result : news;
    }

    private static PropertyValue? Reset(PropertyValue? current, PropertyValue? old, ImmutableArray<object> segments,
        int index)
    {
        if (index == segments.Length)
        {
            return old;
        }

        var segment = segments[index];
        var currentIsMap = current is null || current.TryGetMap(out _);
        if (segment is string || (segment == PropertyPath.Wildcard && currentIsMap && old?.Kind != PropertyValueKind.List))
        {
            if (current is not null && !current.TryGetMap(out _))
            {
                return current;
            }

            var currentMap = current is not null && current.TryGetMap(out var c) ? c : PropertyValue.EmptyMap;
            var oldMap = old is not null && old.TryGetMap(out var o) ? o : PropertyValue.EmptyMap;
            var keys = segment is string key ? [key] : currentMap.Keys.Union(oldMap.Keys).ToList();
            foreach (var name in keys)
            {
                var updated = Reset(currentMap.GetValueOrDefault(name), oldMap.GetValueOrDefault(name), segments,
                    index + 1);
                currentMap = updated is null ? currentMap.Remove(name) : currentMap.SetItem(name, updated);
            }

            return current is null && currentMap.IsEmpty ? null : PropertyValue.CreateMap(currentMap);
        }

        if (current is null || !current.TryGetList(out var items))
        {
            return current;
        }

        var oldItems = old is not null && old.TryGetList(out var l) ? l : [];
        var indexes = segment is int i ? [i] : Enumerable.Range(0, items.Length).ToList();
        var builder = items.ToBuilder();
        foreach (var position in indexes.Where(position => position < builder.Count))
        {
            var updated = Reset(builder[position], position < oldItems.Length ? oldItems[position] : null, segments,
                index + 1);
            builder[position] = updated ?? PropertyValue.Null;
        }

        return PropertyValue.CreateList(builder.ToImmutable());
    }
}
