using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// What a TypeScript program uses of the SDK, read with a small scanner (no TypeScript parser here): the top-level
/// keys of the args object literal of each <c>new fireworks.Deployment(name, { … })</c>, the keys of its
/// <c>autoscalingPolicy</c> literal, and the members read from variables holding a Deployment.
/// </summary>
internal sealed partial class TypeScriptProgramUsage : IProgramUsage
{
    private TypeScriptProgramUsage(string source)
    {
        var args = new List<string>();
        var autoscaling = new List<string>();
        var variables = new List<string>();
        foreach (Match creation in CreationPattern().Matches(source))
        {
            if (creation.Groups["variable"].Success)
            {
                variables.Add(creation.Groups["variable"].Value);
            }

            var open = source.IndexOf('{', creation.Index + creation.Length);
            var literal = ObjectLiteral.At(source, open);
            args.AddRange(literal.Keys);
            if (literal.Values.TryGetValue("autoscalingPolicy", out var policy) && policy.TrimStart().StartsWith('{'))
            {
                autoscaling.AddRange(ObjectLiteral.At(policy, policy.IndexOf('{')).Keys);
            }
        }

        DeploymentCount = CreationPattern().Count(source);
        DeploymentArgs = args;
        AutoscalingPolicyArgs = autoscaling;
        DeploymentMembers = [.. variables.SelectMany(v => Regex.Matches(source, $@"\b{Regex.Escape(v)}\.(?<member>\w+)").Select(m => m.Groups["member"].Value))];
    }

    public int DeploymentCount { get; }

    public IReadOnlyList<string> DeploymentArgs { get; }

    public IReadOnlyList<string> AutoscalingPolicyArgs { get; }

    public IReadOnlyList<string> DeploymentMembers { get; }

    public static TypeScriptProgramUsage Parse(string source) => new(source);

    [GeneratedRegex(@"(?:const\s+(?<variable>\w+)\s*=\s*)?new\s+fireworks\.Deployment\s*\(\s*""[^""]*""\s*,")]
    private static partial Regex CreationPattern();
}
