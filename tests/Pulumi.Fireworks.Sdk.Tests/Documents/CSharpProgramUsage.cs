using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// What a C# program (an example, a README snippet, an Automation API test) uses of the SDK, read from syntax only:
/// the C# property names set in <c>new …Deployment(name, new() { … })</c> and the other resources' constructors,
/// in <c>new …Args { … }</c> initializers and in the arguments of <c>GetX.Invoke(new() { … })</c>; the members read
/// from variables holding a resource, and the members read inside <c>result.Apply(r =&gt; r.Member)</c> on a
/// variable holding a function result. Works through namespace aliases, since only the rightmost type name counts.
/// </summary>
internal sealed class CSharpProgramUsage : IProgramUsage
{
    private static readonly string[] Resources = ["Deployment", "DeployedModel", "Provider"];

    private readonly UsageCollector resourceArgs = new();
    private readonly UsageCollector resourceMembers = new();
    private readonly UsageCollector typeArgs = new();
    private readonly UsageCollector functionArgs = new();
    private readonly UsageCollector functionMembers = new();
    private readonly Dictionary<string, int> resourceCounts = new(StringComparer.Ordinal);

    private CSharpProgramUsage(SyntaxTree tree)
    {
        Diagnostics = [.. tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
        var root = tree.GetRoot();
        var resourceVariables = new Dictionary<string, string>(StringComparer.Ordinal);
        var functionVariables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var creation in root.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
        {
            var type = creation is ObjectCreationExpressionSyntax explicitType ? RightmostName(explicitType.Type) : null;
            if (type is not null && Resources.Contains(type) && creation.ArgumentList?.Arguments.Count >= 2)
            {
                resourceCounts[type] = resourceCounts.GetValueOrDefault(type) + 1;
                resourceArgs.Add(type, Collect(creation.ArgumentList.Arguments[1].Expression, type + "Args"));
                if (VariableName(creation) is { } variable)
                {
                    resourceVariables[variable] = type;
                }
            }
            else if (type is not null && type.EndsWith("Args", StringComparison.Ordinal))
            {
                typeArgs.Add(type, InitializedNames(creation));
            }
        }

        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Invoke" or "InvokeAsync" } access
                && RightmostName(access.Expression) is { } cls && cls.StartsWith("Get", StringComparison.Ordinal)
                && cls != "GetOutput")
            {
                var function = char.ToLowerInvariant(cls[0]) + cls[1..];
                functionArgs.Add(function, invocation.ArgumentList.Arguments.Count > 0 ? Collect(invocation.ArgumentList.Arguments[0].Expression, cls + "InvokeArgs") : []);
                if (VariableName(invocation) is { } variable)
                {
                    functionVariables[variable] = function;
                }
            }
        }

        foreach (var access in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
        {
            if (access.Expression is not IdentifierNameSyntax target)
            {
                continue;
            }

            if (resourceVariables.TryGetValue(target.Identifier.Text, out var resource))
            {
                resourceMembers.Add(resource, [access.Name.Identifier.Text]);
            }
            else if (functionVariables.TryGetValue(target.Identifier.Text, out var function) && access.Name.Identifier.Text == "Apply"
                && access.Parent is InvocationExpressionSyntax apply && apply.ArgumentList.Arguments.FirstOrDefault()?.Expression is SimpleLambdaExpressionSyntax lambda)
            {
                var parameter = lambda.Parameter.Identifier.Text;
                functionMembers.Add(function, lambda.Body.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>()
                    .Where(m => m.Expression is IdentifierNameSyntax p && p.Identifier.Text == parameter)
                    .Select(m => m.Name.Identifier.Text));
            }
        }
    }

    public IReadOnlyList<string> Diagnostics { get; }

    public int DeploymentCount => resourceCounts.GetValueOrDefault("Deployment");

    public IReadOnlyList<string> DeploymentArgs => resourceArgs.Get("Deployment");

    public IReadOnlyList<string> AutoscalingPolicyArgs => typeArgs.Get("AutoscalingPolicyArgs");

    public IReadOnlyList<string> ProviderArgs => resourceArgs.Get("Provider");

    /// <summary>Members read from a variable that holds a Deployment, e.g. DirectRouteHandle in <c>chat.DirectRouteHandle</c>.</summary>
    public IReadOnlyList<string> DeploymentMembers => resourceMembers.Get("Deployment");

    public int DeployedModelCount => resourceCounts.GetValueOrDefault("DeployedModel");

    public IReadOnlyList<string> DeployedModelArgs => resourceArgs.Get("DeployedModel");

    public IReadOnlyList<string> DeployedModelMembers => resourceMembers.Get("DeployedModel");

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FunctionArgs => functionArgs.AsDictionary();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FunctionMembers => functionMembers.AsDictionary();

    /// <summary>The names set in <c>new XArgs { … }</c> initializers of object types, by class name (e.g. ScalingScheduleArgs).</summary>
    public IReadOnlyList<string> TypeArgs(string className) => typeArgs.Get(className);

    public static CSharpProgramUsage Parse(string source) =>
        new(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)));

    private static IEnumerable<string> Collect(ExpressionSyntax expression, string argsType) =>
        expression is ImplicitObjectCreationExpressionSyntax
            || (expression is ObjectCreationExpressionSyntax explicitType && RightmostName(explicitType.Type) == argsType)
            ? InitializedNames((BaseObjectCreationExpressionSyntax)expression)
            : [];

    private static string? VariableName(SyntaxNode node) =>
        node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } ? variable.Identifier.Text : null;

    private static IEnumerable<string> InitializedNames(BaseObjectCreationExpressionSyntax creation) =>
        creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .Select(a => a.Left)
            .OfType<IdentifierNameSyntax>()
            .Select(i => i.Identifier.Text) ?? [];

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        _ => null,
    };
}
