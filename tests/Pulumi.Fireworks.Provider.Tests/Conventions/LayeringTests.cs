using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Provider.Tests.Conventions;

/// <summary>
/// The provider's folders are layers: each may import only the layers below it, so the protocol never leaks into
/// the resources, the client never sees Pulumi types, and no two layers import each other.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>What each top-level folder of <c>provider/</c> may import from the others.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Primitives"] = [],
        ["PropertyValues"] = [],
        ["Logging"] = [],
        ["Contracts"] = ["PropertyValues"],
        ["Configuration"] = ["Contracts", "Primitives", "PropertyValues"],
        ["Fireworks"] = ["Primitives"],
        ["Resources"] = ["Configuration", "Contracts", "Fireworks", "Logging", "Primitives", "PropertyValues"],
        ["Plugin"] = ["Configuration", "Contracts", "Fireworks", "Logging", "PropertyValues", "Resources"],
        ["Protocol"] = ["Configuration", "Contracts", "Logging", "Plugin", "PropertyValues"],
        ["Hosting"] = ["Configuration", "Contracts", "Logging", "Plugin", "Protocol", "PropertyValues", "Resources"],
    };

    public static TheoryData<string> Layers() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_ImportsOnlyTheLayersBelowIt(string layer)
    {
        var imported = Directory.EnumerateFiles(Path.Combine(ProviderRoot(), layer), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ProjectUsing().Matches(File.ReadAllText(file)).Select(match => (file, match.Groups["layer"].Value)))
            .Where(entry => entry.Item2 != layer)
            .ToList();

        Assert.All(imported, entry => Assert.True(Allowed[layer].Contains(entry.Item2),
            $"{Path.GetFileName(entry.file)} in {layer} imports {entry.Item2}, which {layer} may not use"));
        Assert.True(Directory.EnumerateDirectories(ProviderRoot()).Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Protos"))
            .All(name => name is not null && Allowed.ContainsKey(name)), "every folder of provider/ is a known layer");
    }

    private static string ProviderRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "provider"));

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?Pulumi\.Fireworks\.Provider\.(?<layer>\w+)", RegexOptions.Multiline)]
    private static partial Regex ProjectUsing();
}
