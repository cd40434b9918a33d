using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Reads a property map into typed <see cref="Known{T}"/> values. Numbers arrive as doubles; secrets are unwrapped
/// (the caller remembers which inputs were secret with <see cref="Inspect"/>); a value holding an unknown becomes an
/// unknown <see cref="Known{T}"/> that keeps the engine's value; null counts as not set. Type errors go to the
/// collector with the property's full path; reading itself never fails.
/// </summary>
public sealed class InputReader
{
    private readonly ImmutableDictionary<string, PropertyValue> _map;
    private readonly CheckFailureCollector _failures;
    private readonly string? _parent;

    public InputReader(ImmutableDictionary<string, PropertyValue> map, CheckFailureCollector failures, string? parent = null)
    {
        _map = map;
        _failures = failures;
        _parent = parent;
    }

    /// <summary>
    /// Reports names that are not inputs (with a "did you mean") and marks secret inputs in the collector.
    /// Internal keys (<c>__…</c>) are skipped. Returns the top-level inputs that arrived secret, in whole or in part.
    /// </summary>
    public static ImmutableHashSet<string> Inspect(ImmutableDictionary<string, PropertyValue> map,
        IReadOnlyCollection<string> known, CheckFailureCollector failures)
    {
        var secrets = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (name, value) in map)
        {
            if (InternalKeys.IsInternal(name))
            {
                continue;
            }

            if (!known.Contains(name))
            {
                failures.Fail(name, UnknownPropertyReason(name, known));
                continue;
            }

            if (value.ContainsSecrets())
            {
                secrets.Add(name);
                failures.MarkSecret(name);
            }
        }

        return secrets.ToImmutable();
    }

    public static string UnknownPropertyReason(string name, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = NameSuggestion.Closest(name, list);
        var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        return $"unknown property '{name}'{hint} Known properties are: {string.Join(", ", list)}";
    }

    public Known<string>? String(string name) => Read<string>(name, (PropertyValue v, out string r) => v.TryGetString(out r), "a string");

    public Known<bool>? Boolean(string name) => Read<bool>(name, (PropertyValue v, out bool r) => v.TryGetBool(out r), "true or false");

    public Known<int>? Integer(string name) => Read<int>(name, TryInteger, "a whole number (up to 2147483647)");

    public Known<double>? Number(string name) =>
        Read<double>(name, (PropertyValue v, out double r) => v.TryGetNumber(out r) && double.IsFinite(r), "a finite number");

    /// <summary>A duration string (<see cref="DurationText"/>); a string that is not a duration is reported here.</summary>
    public Known<TimeSpan>? Duration(string name)
    {
        var path = Path(name);
        var failures = _failures;
        return Read(name, (PropertyValue value, out TimeSpan duration) =>
        {
            duration = TimeSpan.Zero;
            if (!value.TryGetString(out var text))
            {
                return false;
            }

            if (!DurationText.TryParse(text, out duration))
            {
                failures.Fail(path, $"{failures.Show(path, text)} is not a duration; use {DurationText.AllowedForms}");
            }

            return true;
        }, "a duration string");
    }

    /// <summary>An RFC 3339 timestamp string (<see cref="TimestampText"/>).</summary>
    public Known<DateTimeOffset>? Timestamp(string name)
    {
        var path = Path(name);
        var failures = _failures;
        return Read(name, (PropertyValue value, out DateTimeOffset timestamp) =>
        {
            timestamp = default;
            if (!value.TryGetString(out var text))
            {
                return false;
            }

            if (!TimestampText.TryParse(text, out timestamp))
            {
                failures.Fail(path, $"{failures.Show(path, text)} is not a timestamp; use {TimestampText.AllowedForms}");
            }

            return true;
        }, "a timestamp string");
    }

    public Known<IReadOnlyList<string>>? StringList(string name)
    {
        var path = Path(name);
        var failures = _failures;
        return Read<IReadOnlyList<string>>(name, (PropertyValue value, out IReadOnlyList<string> list) =>
        {
            list = [];
            if (!value.TryGetList(out var items))
            {
                return false;
            }

            var result = new List<string>(items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].Unwrap(out _).TryGetString(out var text))
                {
                    result.Add(text);
                }
                else
                {
                    failures.Fail($"{path}[{i}]", $"must be a string; got {ValueDescription.Of(items[i])}");
                }
            }

            list = result;
            return true;
        }, "a list of strings");
    }

    public Known<IReadOnlyDictionary<string, string>>? StringMap(string name) =>
        Map(name, (PropertyValue item, out string text) => item.TryGetString(out text), "a string", "a map of strings");

    public Known<IReadOnlyDictionary<string, double>>? NumberMap(string name) =>
        Map(name, (PropertyValue item, out double number) => item.TryGetNumber(out number) && double.IsFinite(number),
            "a number", "a map of numbers");

    /// <summary>An object with the given fields; unknown fields are reported, each field read by <paramref name="read"/>.</summary>
    public Known<T>? Object<T>(string name, IReadOnlyList<string> fields, Func<InputReader, T> read)
    {
        var path = Path(name);
        var failures = _failures;
        return Read(name, (PropertyValue value, out T result) =>
        {
            result = default!;
            if (!value.TryGetMap(out var entries))
            {
                return false;
            }

            foreach (var key in entries.Keys.Where(key => !fields.Contains(key)))
            {
                failures.Fail(PropertyPath.Child(path, key), UnknownPropertyReason(key, fields));
            }

            result = read(new InputReader(entries, failures, path));
            return true;
        }, $"an object with {string.Join(", ", fields)}", keepNestedUnknowns: true);
    }

    /// <summary>A map whose values are objects with the given fields.</summary>
    public Known<IReadOnlyDictionary<string, T>>? ObjectMap<T>(string name, IReadOnlyList<string> fields,
        Func<InputReader, T> read)
    {
        var path = Path(name);
        var failures = _failures;
        return Read<IReadOnlyDictionary<string, T>>(name, (PropertyValue value, out IReadOnlyDictionary<string, T> result) =>
        {
            result = ImmutableDictionary<string, T>.Empty;
            if (!value.TryGetMap(out var entries))
            {
                return false;
            }

            var builder = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
            var reader = new InputReader(entries, failures, path);
            foreach (var key in entries.Keys)
            {
                if (reader.Object(key, fields, read) is { IsKnown: true } item)
                {
                    builder[key] = item.Value;
                }
            }

            result = builder.ToImmutable();
            return true;
        }, "a map of objects");
    }

    private string Path(string name) => _parent is null ? name : PropertyPath.Child(_parent, name);

    private Known<IReadOnlyDictionary<string, TItem>>? Map<TItem>(string name, TryConvert<TItem> convert,
        string itemExpected, string expected)
    {
        var path = Path(name);
        var failures = _failures;
        return Read<IReadOnlyDictionary<string, TItem>>(name,
            (PropertyValue value, out IReadOnlyDictionary<string, TItem> result) =>
            {
                result = ImmutableDictionary<string, TItem>.Empty;
                if (!value.TryGetMap(out var entries))
                {
                    return false;
                }

                var builder = ImmutableDictionary.CreateBuilder<string, TItem>(StringComparer.Ordinal);
                foreach (var (key, item) in entries)
                {
                    if (convert(item.Unwrap(out _), out var converted))
                    {
                        builder[key] = converted;
                    }
                    else
                    {
                        failures.Fail(PropertyPath.Child(path, key), $"must be {itemExpected}; got {ValueDescription.Of(item)}");
                    }
                }

                result = builder.ToImmutable();
                return true;
            }, expected);
    }

    private Known<T>? Read<T>(string key, TryConvert<T> convert, string expected, bool keepNestedUnknowns = false)
    {
        if (!_map.TryGetValue(key, out var raw))
        {
            return null;
        }

        var value = raw.Unwrap(out _);
        if (value.IsNull)
        {
            return null;
        }

        // An object whose own fields hold unknowns is still read field by field (each field then is unknown).
        if (value.IsUnknown || (!keepNestedUnknowns && value.ContainsUnknowns()))
        {
            return Known<T>.Unknown(raw);
        }

        if (convert(value, out var result))
        {
            return Known<T>.Of(result);
        }

        _failures.Fail(Path(key), $"must be {expected}; got {ValueDescription.Of(value)}");
        return null;
    }

    private static bool TryInteger(PropertyValue value, out int result)
    {
        result = 0;
        if (!value.TryGetNumber(out var number) || double.IsNaN(number) || Math.Floor(number) != number
            || number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        result = (int)number;
        return true;
    }

    private delegate bool TryConvert<T>(PropertyValue value, out T result);
}
