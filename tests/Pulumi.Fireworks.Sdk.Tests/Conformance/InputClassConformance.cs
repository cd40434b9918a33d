using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>
/// Compares a generated input class (XArgs, XState, XGetArgs, ProviderArgs) with the schema properties it must
/// declare: one problem line per mismatch, each naming the class and the property.
/// </summary>
internal static class InputClassConformance
{
    public static IReadOnlyList<string> Check(ClassDeclarationSyntax cls, SchemaObject schema, InputShape shape)
    {
        var problems = new List<string>();
        var attributed = cls.Members
            .Select(m => (Member: m, Attribute: AttributeReader.Find(m, "Input")))
            .Where(x => x.Attribute is not null)
            .ToList();
        var byWireName = attributed
            .GroupBy(x => AttributeReader.WireName(x.Attribute!) ?? "")
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var state = shape == InputShape.State;
        var plain = shape == InputShape.Plain;

        foreach (var (name, property) in schema.Properties)
        {
            var where = $"{cls.Identifier.Text}.{name}";
            if (!byWireName.TryGetValue(name, out var found))
            {
                problems.Add($"{where}: no member with [Input(\"{name}\")]");
                continue;
            }

            // Lookup state (XState) declares no required names; nested GetArgs types keep their own.
            var required = schema.Required.Contains(name);
            if (AttributeReader.Flag(found.Attribute!, "required") != required)
            {
                problems.Add($"{where}: [Input] must {(required ? "" : "not ")}say required: true");
            }

            var json = shape == InputShape.Provider && !ExpectedCSharpType.IsString(property);
            if (AttributeReader.Flag(found.Attribute!, "json") != json)
            {
                problems.Add($"{where}: [Input] must {(json ? "" : "not ")}say json: true");
            }

            var collection = ExpectedCSharpType.InputCollection(property, state, plain);
            var secret = schema.IsSecret(name);
            if (collection is not null || secret)
            {
                var scalar = collection is null ? ExpectedCSharpType.Input(property, state) : null;
                CheckBackedProperty(cls, found.Member, name, collection, scalar, secret, problems);
            }
            else if (plain)
            {
                var type = ExpectedCSharpType.PlainInput(property);
                CheckAutoProperty(found.Member, name, type + (required ? "" : "?"), problems, where);
                CheckInitializer(found.Member, required && !ExpectedCSharpType.IsValueType(type), problems, where);
            }
            else
            {
                CheckAutoProperty(found.Member, name, ExpectedCSharpType.Input(property, state) + (required ? "" : "?"), problems, where);
                CheckInitializer(found.Member, required, problems, where);
            }
        }

        foreach (var wireName in byWireName.Keys.Where(n => !schema.Properties.ContainsKey(n)))
        {
            problems.Add($"{cls.Identifier.Text}.{wireName}: declares [Input(\"{wireName}\")] but the schema has no such property");
        }

        var expectedProperties = schema.Properties.Keys.Select(CSharpNames.Member).ToHashSet(StringComparer.Ordinal);
        foreach (var property in cls.Members.OfType<PropertyDeclarationSyntax>()
                     .Where(p => p.Modifiers.Any(SyntaxKind.PublicKeyword) && !p.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            if (!expectedProperties.Contains(property.Identifier.Text))
            {
                problems.Add($"{cls.Identifier.Text}.{property.Identifier.Text}: public property the schema does not declare");
            }
        }

        return problems;
    }

    private static void CheckAutoProperty(MemberDeclarationSyntax member, string name, string expectedType, List<string> problems, string where)
    {
        if (member is not PropertyDeclarationSyntax property || property.Identifier.Text != CSharpNames.Member(name))
        {
            problems.Add($"{where}: [Input(\"{name}\")] must sit on a property named {CSharpNames.Member(name)}");
            return;
        }

        var actual = ExpectedCSharpType.Normalize(property.Type.ToString());
        if (actual != expectedType)
        {
            problems.Add($"{where}: type is {actual}, the schema needs {expectedType}");
        }
    }

    /// <summary>Required reference-typed inputs start as <c>null!</c> so the nullable build stays quiet; nothing else does.</summary>
    private static void CheckInitializer(MemberDeclarationSyntax member, bool expected, List<string> problems, string where)
    {
        if (member is PropertyDeclarationSyntax property && (property.Initializer?.Value.ToString() == "null!") != expected)
        {
            problems.Add($"{where}: initializer must {(expected ? "" : "not ")}be `= null!`");
        }
    }

    private static void CheckBackedProperty(
        ClassDeclarationSyntax cls, MemberDeclarationSyntax member, string name, string? collection, string? input, bool secret, List<string> problems)
    {
        var where = $"{cls.Identifier.Text}.{name}";
        var fieldName = "_" + name;
        var fieldType = collection ?? input!;
        if (member is not FieldDeclarationSyntax field || field.Declaration.Variables[0].Identifier.Text != fieldName)
        {
            problems.Add($"{where}: [Input(\"{name}\")] must sit on a private backing field {fieldName}");
            return;
        }

        var actualField = ExpectedCSharpType.Normalize(field.Declaration.Type.ToString());
        if (actualField != fieldType + "?")
        {
            problems.Add($"{where}: backing field type is {actualField}, the schema needs {fieldType}?");
        }

        var property = cls.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.Text == CSharpNames.Member(name));
        if (property is null)
        {
            problems.Add($"{where}: no public property {CSharpNames.Member(name)} over {fieldName}");
            return;
        }

        // Collections are created on first read so users can Add to them; scalars stay nullable.
        var propertyType = collection ?? input + "?";
        var actualProperty = ExpectedCSharpType.Normalize(property.Type.ToString());
        if (actualProperty != propertyType)
        {
            problems.Add($"{where}: property type is {actualProperty}, the schema needs {propertyType}");
        }

        var getter = Accessor(property, SyntaxKind.GetAccessorDeclaration);
        if (collection is not null && !getter.Contains($"??({fieldName}=new{collection}())", StringComparison.Ordinal))
        {
            problems.Add($"{where}: getter must create the {collection} on first use");
        }

        var setter = Accessor(property, SyntaxKind.SetAccessorDeclaration);
        if (secret)
        {
            // The generator combines the value with a throw-away secret so it leaves the program as a secret Output.
            if (!setter.Contains("Output.CreateSecret(", StringComparison.Ordinal) || !setter.Contains($"{fieldName}=Output.", StringComparison.Ordinal))
            {
                problems.Add($"{where}: secret input, but the setter does not wrap the value with Output.CreateSecret");
            }
        }
        else if (setter != $"set=>{fieldName}=value;")
        {
            problems.Add($"{where}: setter must be `set => {fieldName} = value;` (not a secret in the schema)");
        }
    }

    private static string Accessor(PropertyDeclarationSyntax property, SyntaxKind kind) =>
        ExpectedCSharpType.Normalize(property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(kind))?.ToString() ?? "");
}
