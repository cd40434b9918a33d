using System.Xml.Linq;
using Pulumi.Fireworks.Sdk.Tests.Documents;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Examples;

/// <summary>examples/consumer-csharp (not compiled here): a C# program that only reads another stack.</summary>
public sealed class CSharpConsumerExampleTests
{
    private static readonly string Folder = RepositoryRoot.Combine("examples", "consumer-csharp");

    [Fact]
    public void Program_ParsesAndCreatesNoFireworksResource()
    {
        var program = CSharpProgramUsage.Parse(File.ReadAllText(Path.Combine(Folder, "Program.cs")));

        Assert.Empty(program.Diagnostics);
        Assert.Equal(0, program.DeploymentCount);
        Assert.Equal(0, program.DeployedModelCount);
    }

    [Fact]
    public void Project_ReferencesOnlyPulumiAndIsADotnetPulumiProgram()
    {
        var references = XDocument.Load(Path.Combine(Folder, "FireworksChatConsumer.csproj")).Descendants("PackageReference")
            .Select(r => (string)r.Attribute("Include")!);
        var project = File.ReadAllText(Path.Combine(Folder, "Pulumi.yaml"));

        Assert.Equal(["Pulumi"], references);
        Assert.Contains("runtime: dotnet", project, StringComparison.Ordinal);
        Assert.Contains("producerStack:", project, StringComparison.Ordinal);
        Assert.Contains("config.Require(\"producerStack\")", File.ReadAllText(Path.Combine(Folder, "Program.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Project_StaysOutOfTheSolution()
    {
        Assert.DoesNotContain("consumer-csharp", File.ReadAllText(RepositoryRoot.Combine("Pulumi.Fireworks.sln")), StringComparison.Ordinal);
    }
}
