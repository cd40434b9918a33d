using System.Xml.Linq;
using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Examples;

/// <summary>examples/csharp (not compiled here): its program and project against schema.json.</summary>
public sealed class CSharpExampleTests
{
    private static readonly CSharpProgramUsage Program =
        CSharpProgramUsage.Parse(File.ReadAllText(RepositoryRoot.Combine("examples", "csharp", "Program.cs")));

    [Fact]
    public void Program_ParsesWithoutSyntaxErrors()
    {
        Assert.Empty(Program.Diagnostics);
    }

    [Fact]
    public void Project_ReferencesPulumiAndPulumiFireworksAtTheSchemaVersion()
    {
        var references = XDocument.Load(RepositoryRoot.Combine("examples", "csharp", "FireworksChat.csproj"))
            .Descendants("PackageReference")
            .ToDictionary(r => (string)r.Attribute("Include")!, r => (string?)r.Attribute("Version"), StringComparer.Ordinal);

        Assert.True(references.ContainsKey("Pulumi"), "examples/csharp must reference the Pulumi package");
        Assert.Equal(PackageSchema.Instance.Root.GetProperty("version").GetString(), references["Pulumi.Fireworks"]);
    }
}
