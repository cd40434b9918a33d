using Pulumi.Fireworks.Sdk.Tests.Conformance;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.NodeSdk;

/// <summary>sdk/nodejs/types: input.ts, output.ts and enums/index.ts against the schema's types.</summary>
public sealed class TypesDeclarationsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    private static readonly NodeDeclarations Inputs = Load("input.ts");
    private static readonly NodeDeclarations Outputs = Load("output.ts");
    private static readonly NodeDeclarations Enums = Load("enums", "index.ts");

    [Fact]
    public void InputTs_DeclaresAnArgsInterfaceForExactlyTheTypesInputsAndStateInputsReach()
    {
        Assert.Equal(
            Schema.Usage.ArgsTypes.Select(t => PackageSchema.TypeName(t) + "Args").Order(StringComparer.Ordinal),
            Inputs.Interfaces.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutputTs_DeclaresAnInterfaceForExactlyTheTypesOutputsAndFunctionResultsReach()
    {
        Assert.Equal(
            Schema.Usage.OutputTypes.Select(PackageSchema.TypeName).Order(StringComparer.Ordinal),
            Outputs.Interfaces.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Interfaces_DeclareEveryPropertyWithRequiredOnesNotOptional()
    {
        foreach (var token in Schema.TypeTokens)
        {
            var type = Schema.Type(token);
            var expected = type.Properties.Keys.ToDictionary(n => n, n => !type.Required.Contains(n), StringComparer.Ordinal)
                .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            var name = PackageSchema.TypeName(token);
            if (Inputs.Interfaces.TryGetValue(name + "Args", out var args))
            {
                Assert.Equal(expected, args.OrderBy(p => p.Key, StringComparer.Ordinal));
            }

            if (Outputs.Interfaces.TryGetValue(name, out var output))
            {
                Assert.Equal(expected, output.OrderBy(p => p.Key, StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void EnumsIndex_DeclaresEveryEnumWithEveryValue()
    {
        Assert.Equal(Schema.EnumTokens.Select(PackageSchema.TypeName).Order(StringComparer.Ordinal), Enums.Enums.Keys.Order(StringComparer.Ordinal));
        foreach (var token in Schema.EnumTokens)
        {
            var values = Schema.EnumValues(token).Select(v => v.GetProperty("value").GetString()!);
            Assert.Equal(values.Order(StringComparer.Ordinal), Enums.Enums[PackageSchema.TypeName(token)].Values.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Index_ReexportsTheEnumsAndTypesIndexExportsTheEnumsModule()
    {
        var index = File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "index.ts"));
        var types = File.ReadAllText(RepositoryRoot.Combine("sdk", "nodejs", "types", "index.ts"));

        Assert.Contains("export * from \"./types/enums\";", index, StringComparison.Ordinal);
        Assert.Contains("import * as enums from \"./enums\";", types, StringComparison.Ordinal);
    }

    private static NodeDeclarations Load(params string[] path) =>
        NodeDeclarations.Parse(File.ReadAllText(RepositoryRoot.Combine(["sdk", "nodejs", "types", .. path])));
}
