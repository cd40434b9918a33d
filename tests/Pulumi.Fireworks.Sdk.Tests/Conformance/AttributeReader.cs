using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>Reads <c>[Input("name", required: true, json: true)]</c> / <c>[Output("name")]</c> from syntax.</summary>
internal static class AttributeReader
{
    public static AttributeSyntax? Find(MemberDeclarationSyntax member, string name) =>
        member.AttributeLists.SelectMany(list => list.Attributes)
            .FirstOrDefault(a => a.Name.ToString() == name || a.Name.ToString() == name + "Attribute");

    public static string? WireName(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments
            .Where(a => a.NameColon is null && a.NameEquals is null)
            .Select(a => a.Expression)
            .OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token.ValueText)
            .FirstOrDefault();

    public static bool Flag(AttributeSyntax attribute, string name) =>
        attribute.ArgumentList?.Arguments.Any(a =>
            a.NameColon?.Name.Identifier.Text == name && a.Expression.IsKind(SyntaxKind.TrueLiteralExpression)) ?? false;
}
