using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// What a Pulumi YAML program uses, read by indentation (no YAML library here; Pulumi programs are block style):
/// the property keys of every <c>fireworks:Deployment</c> and <c>fireworks:DeployedModel</c> resource (short or
/// <c>index</c> token), the keys of a Deployment's <c>autoscalingPolicy</c>, the function and argument keys of each
/// <c>fn::invoke</c> variable, the members read with <c>${name.member}</c>, the program's own <c>outputs</c>, and the
/// stack-reference outputs read with <c>outputs["…"]</c>.
/// </summary>
internal sealed partial class YamlProgramUsage : IProgramUsage
{
    private static readonly Dictionary<string, string> ResourceTypes = new(StringComparer.Ordinal)
    {
        ["fireworks:Deployment"] = "Deployment",
        ["fireworks:index:Deployment"] = "Deployment",
        ["fireworks:DeployedModel"] = "DeployedModel",
        ["fireworks:index:DeployedModel"] = "DeployedModel",
    };

    private readonly string[] lines;
    private readonly UsageCollector resourceArgs = new();
    private readonly UsageCollector resourceMembers = new();
    private readonly UsageCollector functionArgs = new();
    private readonly UsageCollector functionMembers = new();
    private readonly Dictionary<string, int> resourceCounts = new(StringComparer.Ordinal);

    private YamlProgramUsage(string source)
    {
        lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var autoscaling = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var resources = Find(0, "resources", 0);
        if (resources >= 0)
        {
            foreach (var resource in Children(resources))
            {
                var type = Child(resource, "type");
                if (type < 0 || !ResourceTypes.TryGetValue(Value(lines[type]), out var kind))
                {
                    continue;
                }

                names[Key(lines[resource])] = kind;
                resourceCounts[kind] = resourceCounts.GetValueOrDefault(kind) + 1;
                var properties = Child(resource, "properties");
                if (properties < 0)
                {
                    continue;
                }

                foreach (var property in Children(properties))
                {
                    resourceArgs.Add(kind, [Key(lines[property])]);
                    if (kind == "Deployment" && Key(lines[property]) == "autoscalingPolicy")
                    {
                        autoscaling.AddRange(Children(property).Select(p => Key(lines[p])));
                    }
                }
            }
        }

        var variables = Find(0, "variables", 0);
        if (variables >= 0)
        {
            foreach (var variable in Children(variables))
            {
                var invoke = Child(variable, "fn::invoke");
                var function = invoke < 0 ? -1 : Child(invoke, "function");
                if (function < 0)
                {
                    continue;
                }

                var token = Value(lines[function]);
                var name = token[(token.LastIndexOf(':') + 1)..];
                names[Key(lines[variable])] = "fn:" + name;
                var arguments = Child(invoke, "arguments");
                functionArgs.Add(name, arguments < 0 ? [] : Children(arguments).Select(a => Key(lines[a])));
            }
        }

        foreach (Match reference in ReferencePattern().Matches(source))
        {
            if (names.TryGetValue(reference.Groups["resource"].Value, out var target))
            {
                (target.StartsWith("fn:", StringComparison.Ordinal) ? functionMembers : resourceMembers)
                    .Add(target.StartsWith("fn:", StringComparison.Ordinal) ? target[3..] : target, [reference.Groups["member"].Value]);
            }
        }

        var outputs = Find(0, "outputs", 0);
        AutoscalingPolicyArgs = autoscaling;
        ProgramOutputs = outputs < 0 ? [] : [.. Children(outputs).Select(o => Key(lines[o]))];
        StackReferenceOutputs = [.. StackOutputPattern().Matches(source).Select(m => m.Groups["name"].Value)];
    }

    public int DeploymentCount => resourceCounts.GetValueOrDefault("Deployment");

    public IReadOnlyList<string> DeploymentArgs => resourceArgs.Get("Deployment");

    public IReadOnlyList<string> AutoscalingPolicyArgs { get; }

    public IReadOnlyList<string> DeploymentMembers => resourceMembers.Get("Deployment");

    public int DeployedModelCount => resourceCounts.GetValueOrDefault("DeployedModel");

    public IReadOnlyList<string> DeployedModelArgs => resourceArgs.Get("DeployedModel");

    public IReadOnlyList<string> DeployedModelMembers => resourceMembers.Get("DeployedModel");

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FunctionArgs => functionArgs.AsDictionary();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FunctionMembers => functionMembers.AsDictionary();

    public IReadOnlyList<string> ProgramOutputs { get; }

    public IReadOnlyList<string> StackReferenceOutputs { get; }

    public static YamlProgramUsage Parse(string source) => new(source);

    private int Child(int line, string key) => Children(line).Where(i => Key(lines[i]) == key).DefaultIfEmpty(-1).First();

    private int Find(int from, string key, int indent)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (IsEntry(lines[i]) && Indent(lines[i]) == indent && Key(lines[i]) == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index after the last line that belongs to the entry at <paramref name="line"/>.</summary>
    private int Block(int line)
    {
        var indent = Indent(lines[line]);
        var i = line + 1;
        while (i < lines.Length && (!IsContent(lines[i]) || Indent(lines[i]) > indent))
        {
            i++;
        }

        return i;
    }

    /// <summary>The keyed entries directly below the entry at <paramref name="line"/>.</summary>
    private IEnumerable<int> Children(int line)
    {
        var end = Block(line);
        var childIndent = -1;
        for (var i = line + 1; i < end; i++)
        {
            if (!IsContent(lines[i]))
            {
                continue;
            }

            childIndent = childIndent < 0 ? Indent(lines[i]) : childIndent;
            if (Indent(lines[i]) == childIndent && IsEntry(lines[i]))
            {
                yield return i;
            }
        }
    }

    private static bool IsContent(string line) => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');

    private static bool IsEntry(string line) => EntryPattern().IsMatch(line);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Key(string line) => EntryPattern().Match(line).Groups["key"].Value;

    private static string Value(string line) => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][\w:-]*):(\s|$)")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"\$\{(?<resource>[A-Za-z_][\w-]*)\.(?<member>\w+)")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\.outputs\[""(?<name>\w+)""\]")]
    private static partial Regex StackOutputPattern();
}
