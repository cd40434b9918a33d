using System.Text.Json;
using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Examples;

/// <summary>examples/typescript against schema.json and the Node SDK's package name.</summary>
public sealed class TypeScriptExampleTests
{
    private static readonly string Source = File.ReadAllText(RepositoryRoot.Combine("examples", "typescript", "index.ts"));

    [Fact]
    public void Program_ImportsTheNodePackageNamedInTheSchema()
    {
        var packageName = PackageSchema.Instance.Root.GetProperty("language").GetProperty("nodejs").GetProperty("packageName").GetString()!;
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("examples", "typescript", "package.json")));

        Assert.Contains($"from \"{packageName}\"", Source, StringComparison.Ordinal);
        Assert.True(manifest.RootElement.GetProperty("dependencies").TryGetProperty(packageName, out _));
    }
}
