using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>Reads the default options a generated resource merges in <c>MakeResourceOptions</c>.</summary>
internal static class ResourceOptionsReader
{
    /// <summary>The string list assigned to an option (e.g. AdditionalSecretOutputs), empty when it is not set.</summary>
    public static IReadOnlyList<string> StringList(ClassDeclarationSyntax cls, string option) =>
        Assignment(cls, option)?.Right is InitializerExpressionSyntax list
            ? list.Expressions.OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).ToList()
            : [];

    /// <summary>The source text assigned to an option, or null when it is not set.</summary>
    public static string? Value(ClassDeclarationSyntax cls, string option) => Assignment(cls, option)?.Right.ToString();

    private static AssignmentExpressionSyntax? Assignment(ClassDeclarationSyntax cls, string option)
    {
        var method = cls.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "MakeResourceOptions");
        var defaults = method?.DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
            .FirstOrDefault(o => o.Type.ToString() == "CustomResourceOptions");
        return defaults?.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.IsKind(SyntaxKind.SimpleAssignmentExpression) && a.Left.ToString() == option);
    }
}
