using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>The .cs files of sdk/dotnet, parsed with Roslyn (syntax only: the Pulumi NuGet package is not needed).</summary>
internal sealed class DotnetSdkSource
{
    private static readonly Lazy<DotnetSdkSource> Loaded = new(() => new DotnetSdkSource(RepositoryRoot.Combine("sdk", "dotnet")));

    private DotnetSdkSource(string directory)
    {
        Directory = directory;
        Trees = System.IO.Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(directory, f))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetRelativePath(directory, f)))
            .ToList();
    }

    public static DotnetSdkSource Instance => Loaded.Value;

    public string Directory { get; }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public IEnumerable<ClassDeclarationSyntax> Classes =>
        Trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>());

    public ClassDeclarationSyntax Class(string ns, string name)
    {
        var matches = Classes.Where(c => c.Identifier.Text == name && Namespace(c) == ns).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"sdk/dotnet declares {matches.Count} classes {ns}.{name}; expected exactly one.");
    }

    public static string Namespace(SyntaxNode node) =>
        node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? "";

    private static bool IsBuildOutput(string root, string file)
    {
        var first = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }
}
