using Pulumi.Fireworks.Release.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Pulumi.Fireworks.Release.Tests.Workflows;

/// <summary>A GitHub Actions workflow under .github/workflows, parsed as YAML, with lookups by key path.</summary>
internal sealed class Workflow
{
    private Workflow(string file, YamlMappingNode root)
    {
        File = file;
        Root = root;
    }

    public string File { get; }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Triggers => Mapping(Root, "on");

    public IEnumerable<string> JobIds => Mapping(Root, "jobs").Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    public static Workflow Load(string fileName)
    {
        var file = $".github/workflows/{fileName}";
        var stream = new YamlStream();
        using (var reader = new StringReader(RepositoryRoot.ReadText(file)))
        {
            stream.Load(reader);
        }

        return new Workflow(file, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Job(string id) => Mapping(Root, "jobs", id);

    public IReadOnlyList<WorkflowStep> Steps(string jobId) =>
        Sequence(Job(jobId), "steps").Select(s => new WorkflowStep(jobId, (YamlMappingNode)s)).ToList();

    public IEnumerable<WorkflowStep> AllSteps() => JobIds.SelectMany(Steps);

    /// <summary>A job's <c>needs</c>, written as one id or a list.</summary>
    public IReadOnlyList<string> Needs(string jobId) => Find(Job(jobId), "needs") switch
    {
        YamlScalarNode one => [one.Value!],
        YamlSequenceNode many => many.Children.Select(n => ((YamlScalarNode)n).Value!).ToList(),
        _ => [],
    };

    public static YamlNode? Find(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    public static string? Scalar(YamlNode node, params string[] path) => (Find(node, path) as YamlScalarNode)?.Value;

    public static YamlMappingNode Mapping(YamlNode node, params string[] path) =>
        Find(node, path) as YamlMappingNode ?? throw new InvalidOperationException($"no mapping at {string.Join('.', path)}");

    public static IReadOnlyList<YamlNode> Sequence(YamlNode node, params string[] path) =>
        (Find(node, path) as YamlSequenceNode)?.Children.ToList() ?? throw new InvalidOperationException($"no list at {string.Join('.', path)}");

    /// <summary>Every scalar value under <paramref name="node"/> (keys excluded).</summary>
    public static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode seq => seq.Children.SelectMany(Scalars),
        YamlMappingNode map => map.Children.Values.SelectMany(Scalars),
        _ => [],
    };
}
