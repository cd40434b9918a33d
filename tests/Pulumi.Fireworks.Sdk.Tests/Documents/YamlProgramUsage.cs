using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// What a Pulumi YAML program uses, read by indentation (no YAML library here; Pulumi programs are block style):
/// the property keys of every <c>fireworks:Deployment</c> / <c>fireworks:index:Deployment</c> resource, the keys of
/// its <c>autoscalingPolicy</c>, the outputs read with <c>${name.output}</c>, the program's own <c>outputs</c>, and
/// the stack-reference outputs read with <c>outputs["…"]</c>.
/// </summary>
internal sealed partial class YamlProgramUsage : IProgramUsage
{
    private static readonly string[] DeploymentTypes = ["fireworks:Deployment", "fireworks:index:Deployment"];

    private readonly string[] lines;

    private YamlProgramUsage(string source)
    {
        lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var args = new List<string>();
        var autoscaling = new List<string>();
        var deployments = new List<string>();
        var resources = Find(0, "resources", 0);
        if (resources >= 0)
        {
            foreach (var resource in Children(resources))
            {
                var type = Child(resource, "type");
                if (type < 0 || !DeploymentTypes.Contains(Value(lines[type])))
                {
                    continue;
                }

                deployments.Add(Key(lines[resource]));
                var properties = Child(resource, "properties");
                if (properties < 0)
                {
                    continue;
                }

                foreach (var property in Children(properties))
                {
                    args.Add(Key(lines[property]));
                    if (Key(lines[property]) == "autoscalingPolicy")
                    {
                        autoscaling.AddRange(Children(property).Select(p => Key(lines[p])));
                    }
                }
            }
        }

        var outputs = Find(0, "outputs", 0);
        DeploymentCount = deployments.Count;
        DeploymentArgs = args;
        AutoscalingPolicyArgs = autoscaling;
        ProgramOutputs = outputs < 0 ? [] : [.. Children(outputs).Select(o => Key(lines[o]))];
        DeploymentMembers = [.. ReferencePattern().Matches(source)
            .Where(m => deployments.Contains(m.Groups["resource"].Value))
            .Select(m => m.Groups["member"].Value)];
        StackReferenceOutputs = [.. StackOutputPattern().Matches(source).Select(m => m.Groups["name"].Value)];
    }

    public int DeploymentCount { get; }

    public IReadOnlyList<string> DeploymentArgs { get; }

    public IReadOnlyList<string> AutoscalingPolicyArgs { get; }

    public IReadOnlyList<string> DeploymentMembers { get; }

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

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][\w-]*):(\s|$)")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"\$\{(?<resource>[A-Za-z_][\w-]*)\.(?<member>\w+)")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\.outputs\[""(?<name>\w+)""\]")]
    private static partial Regex StackOutputPattern();
}
