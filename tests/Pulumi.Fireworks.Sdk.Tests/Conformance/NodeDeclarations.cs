using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>
/// A deliberately simple reading of a generated TypeScript resource file: the class's declared outputs and the
/// members of the Args/State interfaces (name and whether it is optional).
/// </summary>
internal sealed partial class NodeDeclarations
{
    private NodeDeclarations(IReadOnlySet<string> outputs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> interfaces)
    {
        Outputs = outputs;
        Interfaces = interfaces;
    }

    public IReadOnlySet<string> Outputs { get; }

    /// <summary>Interface name → member name → optional.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Interfaces { get; }

    public static NodeDeclarations Parse(string source)
    {
        var outputs = OutputPattern().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal);
        foreach (Match match in InterfacePattern().Matches(source))
        {
            interfaces[match.Groups["name"].Value] = MemberPattern().Matches(match.Groups["body"].Value)
                .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["optional"].Success, StringComparer.Ordinal);
        }

        return new NodeDeclarations(outputs, interfaces);
    }

    [GeneratedRegex(@"^\s*declare public (?:/\*out\*/ )?readonly (?<name>\w+): pulumi\.Output<", RegexOptions.Multiline)]
    private static partial Regex OutputPattern();

    [GeneratedRegex(@"^export interface (?<name>\w+) \{\n(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex InterfacePattern();

    [GeneratedRegex(@"^    (?<name>\w+)(?<optional>\?)?: ", RegexOptions.Multiline)]
    private static partial Regex MemberPattern();
}
