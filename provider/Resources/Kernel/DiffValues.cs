using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>Helpers that bring values into the form a diff compares.</summary>
public static class DiffValues
{
    /// <summary>The value with every secret and output wrapper removed, at any depth (diffs report paths, not values).</summary>
    public static PropertyValue Plain(PropertyValue value)
    {
        var inner = value.Unwrap(out _);
        if (inner.TryGetList(out var items))
        {
            return PropertyValue.CreateList(items.Select(Plain));
        }

        if (inner.TryGetMap(out var entries))
        {
            return PropertyValue.CreateMap(entries.Select(entry => KeyValuePair.Create(entry.Key, Plain(entry.Value))));
        }

        return inner;
    }

    /// <summary>Null, and an empty object, mean "not set".</summary>
    public static PropertyValue? Collapse(PropertyValue? value) =>
        value is null || value.IsNull || (value.TryGetMap(out var entries) && entries.IsEmpty) ? null : value;

    /// <summary>A list of strings in ordinal order (for lists whose order carries no meaning); other values as they are.</summary>
    public static PropertyValue SortedStrings(PropertyValue value) =>
        value.TryGetList(out var items) && items.All(item => item.Kind == PropertyValueKind.String)
            ? PropertyValue.CreateList(items.OrderBy(item => item.TryGetString(out var s) ? s : string.Empty, StringComparer.Ordinal))
            : value;

    /// <summary>Keeps, at every depth, only the object fields that <paramref name="wanted"/> has (and sets).</summary>
    public static PropertyValue PruneTo(PropertyValue value, PropertyValue wanted)
    {
        var secret = value.IsSecret;
        if (!value.Unwrap(out _).TryGetMap(out var entries) || !wanted.Unwrap(out _).TryGetMap(out var wantedEntries))
        {
            return value;
        }

        var pruned = PropertyValue.CreateMap(entries
            .Where(entry => wantedEntries.TryGetValue(entry.Key, out var field) && !field.Unwrap(out _).IsNull)
            .Select(entry => KeyValuePair.Create(entry.Key, PruneTo(entry.Value, wantedEntries[entry.Key]))));
        return secret ? PropertyValue.CreateSecret(pruned) : pruned;
    }

    /// <summary>True for 0, false and "": what proto3 JSON leaves out of an answer.</summary>
    public static bool IsZero(PropertyValue value)
    {
        var plain = value.Unwrap(out _);
        return (plain.TryGetNumber(out var number) && number == 0)
               || (plain.TryGetBool(out var flag) && !flag)
               || (plain.TryGetString(out var text) && text.Length == 0);
    }

    /// <summary>The top-level property of a path (<c>a</c> of <c>a.b[0]</c>).</summary>
    public static string TopLevel(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    /// <summary>The names a checked-inputs map lists under <see cref="InternalKeys.Defaults"/>.</summary>
    public static ImmutableHashSet<string> Defaulted(ImmutableDictionary<string, PropertyValue> inputs)
    {
        if (!inputs.TryGetValue(InternalKeys.Defaults, out var value) || !value.Unwrap(out _).TryGetList(out var items))
        {
            return ImmutableHashSet<string>.Empty;
        }

        return items.Select(item => item.Unwrap(out _).TryGetString(out var text) ? text : null)
            .OfType<string>()
            .ToImmutableHashSet(StringComparer.Ordinal);
    }
}
