using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// What a C# program (an example, a README snippet, an Automation API test) uses of the SDK, read from syntax only:
/// the C# property names set in <c>new …Deployment(name, new() { … })</c> / <c>new DeploymentArgs { … }</c>,
/// in <c>AutoscalingPolicyArgs</c> and <c>ProviderArgs</c> initializers, and the members read from variables
/// holding a Deployment. Works through namespace aliases, since only the rightmost type name counts.
/// </summary>
internal sealed class CSharpProgramUsage : IProgramUsage
{
    private readonly List<string> deploymentArgs = [];
    private readonly List<string> autoscalingPolicyArgs = [];
    private readonly List<string> providerArgs = [];
    private readonly List<string> deploymentMembers = [];

    private CSharpProgramUsage(SyntaxTree tree)
    {
        Diagnostics = [.. tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
        var root = tree.GetRoot();
        var deploymentVariables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var creation in root.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
        {
            var type = creation is ObjectCreationExpressionSyntax explicitType ? RightmostName(explicitType.Type) : null;
            switch (type)
            {
                case "Deployment" when creation.ArgumentList?.Arguments.Count >= 2:
                    DeploymentCount++;
                    Collect(creation.ArgumentList.Arguments[1].Expression, "DeploymentArgs", deploymentArgs);
                    if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable })
                    {
                        deploymentVariables.Add(variable.Identifier.Text);
                    }

                    break;
                case "Provider" when creation.ArgumentList?.Arguments.Count >= 2:
                    Collect(creation.ArgumentList.Arguments[1].Expression, "ProviderArgs", providerArgs);
                    break;
                case "AutoscalingPolicyArgs":
                    autoscalingPolicyArgs.AddRange(InitializedNames(creation));
                    break;
            }
        }

        deploymentMembers.AddRange(root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(m => m.Expression is IdentifierNameSyntax target && deploymentVariables.Contains(target.Identifier.Text))
            .Select(m => m.Name.Identifier.Text));
    }

    public IReadOnlyList<string> Diagnostics { get; }

    public int DeploymentCount { get; private set; }

    public IReadOnlyList<string> DeploymentArgs => deploymentArgs;

    public IReadOnlyList<string> AutoscalingPolicyArgs => autoscalingPolicyArgs;

    public IReadOnlyList<string> ProviderArgs => providerArgs;

    /// <summary>Members read from a variable that holds a Deployment, e.g. DirectRouteHandle in <c>chat.DirectRouteHandle</c>.</summary>
    public IReadOnlyList<string> DeploymentMembers => deploymentMembers;

    public static CSharpProgramUsage Parse(string source) =>
        new(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)));

    private static void Collect(ExpressionSyntax expression, string argsType, List<string> names)
    {
        if (expression is ImplicitObjectCreationExpressionSyntax
            || (expression is ObjectCreationExpressionSyntax explicitType && RightmostName(explicitType.Type) == argsType))
        {
            names.AddRange(InitializedNames((BaseObjectCreationExpressionSyntax)expression));
        }
    }

    private static IEnumerable<string> InitializedNames(BaseObjectCreationExpressionSyntax creation) =>
        creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .Select(a => a.Left)
            .OfType<IdentifierNameSyntax>()
            .Select(i => i.Identifier.Text) ?? [];

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => type.ToString(),
    };
}
