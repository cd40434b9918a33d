namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>Name lists keyed by a resource, type or function name, filled while a program is read.</summary>
internal sealed class UsageCollector
{
    private readonly Dictionary<string, List<string>> lists = new(StringComparer.Ordinal);

    public void Add(string key, IEnumerable<string> names)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        list.AddRange(names);
    }

    public IReadOnlyList<string> Get(string key) => lists.TryGetValue(key, out var list) ? list : [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> AsDictionary() =>
        lists.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
}
