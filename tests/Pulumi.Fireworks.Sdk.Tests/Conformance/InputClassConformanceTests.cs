using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>The checker itself: drift in the SDK must produce a problem that names the property.</summary>
public sealed class InputClassConformanceTests
{
    private const string Schema = """
        {
          "inputProperties": {
            "baseModel": { "type": "string" },
            "keys": { "type": "array", "items": { "type": "string" }, "secret": true },
            "minReplicaCount": { "type": "integer" }
          },
          "requiredInputs": ["baseModel"]
        }
        """;

    private const string Conforming = """
        public sealed class XArgs : global::Pulumi.ResourceArgs
        {
            [Input("baseModel", required: true)]
            public Input<string> BaseModel { get; set; } = null!;

            [Input("keys")]
            private InputList<string>? _keys;
            public InputList<string> Keys
            {
                get => _keys ?? (_keys = new InputList<string>());
                set
                {
                    var emptySecret = Output.CreateSecret(ImmutableArray.Create<string>());
                    _keys = Output.All(value, emptySecret).Apply(v => v[0]);
                }
            }

            [Input("minReplicaCount")]
            public Input<int>? MinReplicaCount { get; set; }
        }
        """;

    [Fact]
    public void Check_ConformingClass_ReportsNothing()
    {
        Assert.Empty(Check(Conforming));
    }

    [Fact]
    public void Check_MissingProperty_NamesIt()
    {
        var problems = Check(Conforming.Replace("[Input(\"minReplicaCount\")]", "", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.StartsWith("XArgs.minReplicaCount: no member", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WrongType_NamesPropertyAndBothTypes()
    {
        var problems = Check(Conforming.Replace("Input<int>? MinReplicaCount", "Input<double>? MinReplicaCount", StringComparison.Ordinal));

        Assert.Contains("XArgs.minReplicaCount: type is Input<double>?, the schema needs Input<int>?", problems);
    }

    [Fact]
    public void Check_RequiredFlagMissing_NamesIt()
    {
        var problems = Check(Conforming.Replace("[Input(\"baseModel\", required: true)]", "[Input(\"baseModel\")]", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.StartsWith("XArgs.baseModel: [Input] must say required: true", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SecretWithoutSecretWrapping_NamesIt()
    {
        var plainSetter = Conforming
            .Replace("var emptySecret = Output.CreateSecret(ImmutableArray.Create<string>());", "", StringComparison.Ordinal)
            .Replace("_keys = Output.All(value, emptySecret).Apply(v => v[0]);", "_keys = value;", StringComparison.Ordinal);

        var problems = Check(plainSetter);

        Assert.Contains(problems, p => p.StartsWith("XArgs.keys: secret input", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ExtraInput_NamesIt()
    {
        var problems = Check(Conforming.Replace("public Input<int>? MinReplicaCount { get; set; }",
            "public Input<int>? MinReplicaCount { get; set; }\n[Input(\"colour\")] public Input<string>? Colour { get; set; }", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.StartsWith("XArgs.colour: declares [Input(\"colour\")]", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OpenEnumDeclaredAsPlainString_NamesPropertyAndTheUnionItNeeds()
    {
        const string schema = """
            { "inputProperties": { "region": { "oneOf": [ { "type": "string" }, { "$ref": "#/types/fireworks:index:Region" } ] } } }
            """;
        const string source = """
            public sealed class XArgs : global::Pulumi.ResourceArgs
            {
                [Input("region")]
                public Input<string>? Region { get; set; }
            }
            """;

        var problems = Check(source, schema, InputShape.Args);

        Assert.Contains("XArgs.region: type is Input<string>?, the schema needs InputUnion<string,Pulumi.Fireworks.Region>?", problems);
    }

    [Fact]
    public void Check_PlainInvokeArgsWrappedInInput_NamesIt()
    {
        const string source = """
            public sealed class XArgs : global::Pulumi.InvokeArgs
            {
                [Input("baseModel", required: true)]
                public Input<string> BaseModel { get; set; } = null!;

                [Input("keys")]
                private List<string>? _keys;
                public List<string> Keys
                {
                    get => _keys ?? (_keys = new List<string>());
                    set => _keys = value;
                }

                [Input("minReplicaCount")]
                public int? MinReplicaCount { get; set; }
            }
            """;

        var problems = Check(source, Schema.Replace("\"secret\": true", "\"secret\": false", StringComparison.Ordinal), InputShape.Plain);

        Assert.Equal(["XArgs.baseModel: type is Input<string>, the schema needs string"], problems);
    }

    private static IReadOnlyList<string> Check(string source, string schemaJson, InputShape shape)
    {
        var cls = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        using var schema = JsonDocument.Parse(schemaJson);
        return InputClassConformance.Check(cls, SchemaObject.From("XArgs", schema.RootElement, "inputProperties", "requiredInputs"), shape);
    }

    private static IReadOnlyList<string> Check(string source)
    {
        var cls = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        using var schema = JsonDocument.Parse(Schema);
        return InputClassConformance.Check(cls, SchemaObject.From("XArgs", schema.RootElement, "inputProperties", "requiredInputs"), InputShape.Args);
    }
}
