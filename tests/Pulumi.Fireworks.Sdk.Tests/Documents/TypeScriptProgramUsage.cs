using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// What a TypeScript program uses of the SDK, read with a small scanner (no TypeScript parser here): the top-level
/// keys of the args object literal of each <c>new fireworks.Deployment(name, { … })</c> and
/// <c>new fireworks.DeployedModel(name, { … })</c>, the keys of a Deployment's <c>autoscalingPolicy</c> literal, the
/// keys passed to <c>fireworks.getX({ … })</c> / <c>fireworks.getXOutput({ … })</c>, and the members read from
/// variables holding a resource or a function result.
/// </summary>
internal sealed partial class TypeScriptProgramUsage : IProgramUsage
{
    private readonly UsageCollector resourceArgs = new();
    private readonly UsageCollector resourceMembers = new();
    private readonly UsageCollector functionArgs = new();
    private readonly UsageCollector functionMembers = new();
    private readonly Dictionary<string, int> resourceCounts = new(StringComparer.Ordinal);

    private TypeScriptProgramUsage(string source)
    {
        var autoscaling = new List<string>();
        foreach (Match creation in CreationPattern().Matches(source))
        {
            var type = creation.Groups["type"].Value;
            resourceCounts[type] = resourceCounts.GetValueOrDefault(type) + 1;
            var literal = ObjectLiteral.At(source, source.IndexOf('{', creation.Index + creation.Length));
            resourceArgs.Add(type, literal.Keys);
            if (type == "Deployment" && literal.Values.TryGetValue("autoscalingPolicy", out var policy) && policy.TrimStart().StartsWith('{'))
            {
                autoscaling.AddRange(ObjectLiteral.At(policy, policy.IndexOf('{')).Keys);
            }

            if (creation.Groups["variable"].Success)
            {
                resourceMembers.Add(type, MembersOf(source, creation.Groups["variable"].Value));
            }
        }

        foreach (Match call in FunctionPattern().Matches(source))
        {
            var function = call.Groups["function"].Value;
            var open = call.Index + call.Length;
            functionArgs.Add(function, source[open] == '{' ? ObjectLiteral.At(source, open).Keys : []);
            if (call.Groups["variable"].Success)
            {
                functionMembers.Add(function, MembersOf(source, call.Groups["variable"].Value));
            }
        }

        AutoscalingPolicyArgs = autoscaling;
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

    public static TypeScriptProgramUsage Parse(string source) => new(source);

    private static IEnumerable<string> MembersOf(string source, string variable) =>
        Regex.Matches(source, $@"\b{Regex.Escape(variable)}\.(?<member>\w+)").Select(m => m.Groups["member"].Value);

    [GeneratedRegex(@"(?:const\s+(?<variable>\w+)\s*=\s*)?new\s+fireworks\.(?<type>Deployment|DeployedModel)\s*\(\s*""[^""]*""\s*,")]
    private static partial Regex CreationPattern();

    // A function call; "Output" is the output-style twin of the same function.
    [GeneratedRegex(@"(?:const\s+(?<variable>\w+)\s*=\s*)?fireworks\.(?<function>get\w+?)(?:Output)?\(\s*")]
    private static partial Regex FunctionPattern();
}
