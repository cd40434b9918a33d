using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Enums.cs: one [EnumType] struct per schema enum, one static member per value.</summary>
public sealed class EnumsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static TheoryData<string> Enums => [.. Schema.EnumTokens];

    [Theory]
    [MemberData(nameof(Enums))]
    public void Struct_DeclaresEveryValueOfTheSchemaEnum(string token)
    {
        var name = PackageSchema.TypeName(token);
        var declared = Struct(name);
        var members = declared.Members.OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Modifiers.Any(m => m.Text == "static"))
            .ToDictionary(p => p.Identifier.Text, p => p.Initializer!.Value.ToString(), StringComparer.Ordinal);

        Assert.NotNull(AttributeReader.Find(declared, "EnumType"));
        Assert.Equal($"IEquatable<{name}>", declared.BaseList?.Types.Single().ToString());
        foreach (var value in Schema.EnumValues(token).Select(v => v.GetProperty("value").GetString()!))
        {
            Assert.True(members.TryGetValue(value, out var initializer), $"{name} has no member {value}");
            Assert.Equal($"new {name}(\"{value}\")", initializer);
        }

        Assert.Equal(Schema.EnumValues(token).Count, members.Count);
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void DeprecatedValues_CarryObsoleteWithTheSchemaMessage(string token)
    {
        var declared = Struct(PackageSchema.TypeName(token));
        foreach (var value in Schema.EnumValues(token))
        {
            var member = declared.Members.OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.Text == value.GetProperty("value").GetString());
            var obsolete = AttributeReader.Find(member, "Obsolete");
            if (value.TryGetProperty("deprecationMessage", out var message))
            {
                Assert.NotNull(obsolete);
                Assert.Contains(message.GetString()!, obsolete.ToString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(obsolete);
            }
        }
    }

    [Fact]
    public void Region_HasTheApiList_32CurrentAnd10DeprecatedValues()
    {
        var values = Schema.EnumValues("fireworks:index:Region");

        Assert.Equal(42, values.Count);
        Assert.Equal(10, values.Count(v => v.TryGetProperty("deprecationMessage", out _)));
        Assert.Equal(42, values.Select(v => v.GetProperty("value").GetString()).Distinct(StringComparer.Ordinal).Count());
    }

    private static StructDeclarationSyntax Struct(string name) =>
        DotnetSdkSource.Instance.Trees
            .Where(t => t.FilePath == "Enums.cs")
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<StructDeclarationSyntax>())
            .Single(s => s.Identifier.Text == name);
}
