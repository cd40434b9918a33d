using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>
/// Compares generated output shapes with the schema: a resource's <c>[Output("x")] Output&lt;T&gt; X</c> properties,
/// or an <c>[OutputType]</c> class's readonly fields and <c>[OutputConstructor]</c> parameters.
/// </summary>
internal static class OutputClassConformance
{
    public static IReadOnlyList<string> CheckResource(ClassDeclarationSyntax cls, SchemaObject schema)
    {
        var problems = new List<string>();
        var outputs = cls.Members.OfType<PropertyDeclarationSyntax>()
            .Select(p => (Property: p, Attribute: AttributeReader.Find(p, "Output")))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => AttributeReader.WireName(x.Attribute!) ?? "", x => x.Property, StringComparer.Ordinal);

        foreach (var (name, property) in schema.Properties)
        {
            var where = $"{cls.Identifier.Text}.{name}";
            if (!outputs.TryGetValue(name, out var declared))
            {
                problems.Add($"{where}: no property with [Output(\"{name}\")]");
                continue;
            }

            if (declared.Identifier.Text != CSharpNames.Member(name))
            {
                problems.Add($"{where}: [Output(\"{name}\")] must sit on {CSharpNames.Member(name)}, not {declared.Identifier.Text}");
            }

            var expected = $"Output<{ExpectedCSharpType.Output(property, schema.Required.Contains(name))}>";
            var actual = ExpectedCSharpType.Normalize(declared.Type.ToString());
            if (actual != expected)
            {
                problems.Add($"{where}: type is {actual}, the schema needs {expected}");
            }
        }

        foreach (var extra in outputs.Keys.Where(n => !schema.Properties.ContainsKey(n)))
        {
            problems.Add($"{cls.Identifier.Text}.{extra}: declares [Output(\"{extra}\")] but the schema has no such property");
        }

        return problems;
    }

    public static IReadOnlyList<string> CheckOutputType(ClassDeclarationSyntax cls, SchemaObject schema)
    {
        var problems = new List<string>();
        var where = cls.Identifier.Text;
        if (AttributeReader.Find(cls, "OutputType") is null)
        {
            problems.Add($"{where}: missing [OutputType]");
        }

        var fields = cls.Members.OfType<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(SyntaxKind.PublicKeyword) && f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            .ToDictionary(f => f.Declaration.Variables[0].Identifier.Text, f => ExpectedCSharpType.Normalize(f.Declaration.Type.ToString()), StringComparer.Ordinal);
        var constructor = cls.Members.OfType<ConstructorDeclarationSyntax>().FirstOrDefault(c => AttributeReader.Find(c, "OutputConstructor") is not null);
        var parameters = constructor?.ParameterList.Parameters
            .ToDictionary(p => p.Identifier.ValueText, p => ExpectedCSharpType.Normalize(p.Type?.ToString() ?? ""), StringComparer.Ordinal)
            ?? [];
        if (constructor is null)
        {
            problems.Add($"{where}: no [OutputConstructor]");
        }

        foreach (var (name, property) in schema.Properties)
        {
            var expected = ExpectedCSharpType.Output(property, schema.Required.Contains(name));
            var member = CSharpNames.Member(name);
            if (!fields.TryGetValue(member, out var fieldType))
            {
                problems.Add($"{where}.{name}: no public readonly field {member}");
            }
            else if (fieldType != expected)
            {
                problems.Add($"{where}.{name}: field type is {fieldType}, the schema needs {expected}");
            }

            if (constructor is not null && (!parameters.TryGetValue(name, out var parameterType) || parameterType != expected))
            {
                problems.Add($"{where}.{name}: [OutputConstructor] needs a parameter `{expected} {name}`");
            }
        }

        var expectedMembers = schema.Properties.Keys.Select(CSharpNames.Member).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(fields.Keys.Where(f => !expectedMembers.Contains(f)).Select(f => $"{where}.{f}: field the schema does not declare"));
        problems.AddRange(parameters.Keys.Where(p => !schema.Properties.ContainsKey(p)).Select(p => $"{where}.{p}: constructor parameter the schema does not declare"));
        return problems;
    }
}
