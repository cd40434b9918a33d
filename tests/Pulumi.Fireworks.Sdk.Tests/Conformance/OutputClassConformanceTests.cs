using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>The output checker: nullability follows `required`, collections follow the generator's shapes.</summary>
public sealed class OutputClassConformanceTests
{
    private const string Schema = """
        {
          "properties": {
            "name": { "type": "string" },
            "regions": { "type": "array", "items": { "type": "string" } },
            "annotations": { "type": "object", "additionalProperties": { "type": "string" } },
            "status": { "$ref": "#/types/fireworks:index:DeploymentStatus" }
          },
          "required": ["name"]
        }
        """;

    private const string Conforming = """
        public partial class X : global::Pulumi.CustomResource
        {
            [Output("annotations")]
            public Output<ImmutableDictionary<string, string>?> Annotations { get; private set; } = null!;
            [Output("name")]
            public Output<string> Name { get; private set; } = null!;
            [Output("regions")]
            public Output<ImmutableArray<string>> Regions { get; private set; } = null!;
            [Output("status")]
            public Output<Outputs.DeploymentStatus?> Status { get; private set; } = null!;
        }
        """;

    [Fact]
    public void CheckResource_ConformingClass_ReportsNothing()
    {
        Assert.Empty(CheckResource(Conforming));
    }

    [Fact]
    public void CheckResource_RequiredOutputMadeNullable_NamesIt()
    {
        var problems = CheckResource(Conforming.Replace("Output<string> Name", "Output<string?> Name", StringComparison.Ordinal));

        Assert.Contains("X.name: type is Output<string?>, the schema needs Output<string>", problems);
    }

    [Fact]
    public void CheckResource_WrongWireName_ReportsMissingAndExtra()
    {
        var problems = CheckResource(Conforming.Replace("[Output(\"regions\")]", "[Output(\"region\")]", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.StartsWith("X.regions: no property", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("X.region: declares [Output(\"region\")]", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> CheckResource(string source)
    {
        var cls = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        using var schema = JsonDocument.Parse(Schema);
        return OutputClassConformance.CheckResource(cls, SchemaObject.From("X", schema.RootElement, "properties", "required"));
    }
}
