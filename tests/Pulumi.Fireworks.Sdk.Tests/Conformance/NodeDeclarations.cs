using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>
/// A deliberately simple reading of a generated TypeScript file: a resource class's declared outputs, the members of
/// its interfaces (name and whether it is optional, <c>readonly</c> or not), the exported functions and the
/// <c>export const X = { … } as const</c> enum objects.
/// </summary>
internal sealed partial class NodeDeclarations
{
    private NodeDeclarations(
        IReadOnlySet<string> outputs,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> interfaces,
        IReadOnlySet<string> functions,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> enums)
    {
        Outputs = outputs;
        Interfaces = interfaces;
        Functions = functions;
        Enums = enums;
    }

    public IReadOnlySet<string> Outputs { get; }

    /// <summary>Interface name → member name → optional.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Interfaces { get; }

    /// <summary>The names of the exported functions, e.g. getDeployment and getDeploymentOutput.</summary>
    public IReadOnlySet<string> Functions { get; }

    /// <summary>Enum object name → member name → value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Enums { get; }

    public static NodeDeclarations Parse(string source)
    {
        var outputs = OutputPattern().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal);
        foreach (Match match in InterfacePattern().Matches(source))
        {
            interfaces[match.Groups["name"].Value] = MemberPattern().Matches(match.Groups["body"].Value)
                .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["optional"].Success, StringComparer.Ordinal);
        }

        var functions = FunctionPattern().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var enums = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match match in EnumPattern().Matches(source))
        {
            enums[match.Groups["name"].Value] = EnumMemberPattern().Matches(match.Groups["body"].Value)
                .ToDictionary(m => m.Groups["member"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        }

        return new NodeDeclarations(outputs, interfaces, functions, enums);
    }

    [GeneratedRegex(@"^\s*declare public (?:/\*out\*/ )?readonly (?<name>\w+): pulumi\.Output<", RegexOptions.Multiline)]
    private static partial Regex OutputPattern();

    [GeneratedRegex(@"^export interface (?<name>\w+) \{\n(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex InterfacePattern();

    [GeneratedRegex(@"^    (?:readonly )?(?<name>\w+)(?<optional>\?)?: ", RegexOptions.Multiline)]
    private static partial Regex MemberPattern();

    [GeneratedRegex(@"^export function (?<name>\w+)\(", RegexOptions.Multiline)]
    private static partial Regex FunctionPattern();

    [GeneratedRegex(@"^export const (?<name>\w+) = \{\n(?<body>.*?)^\} as const;", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex EnumPattern();

    [GeneratedRegex(@"^    (?<member>\w+): ""(?<value>[^""]*)"",", RegexOptions.Multiline)]
    private static partial Regex EnumMemberPattern();
}
