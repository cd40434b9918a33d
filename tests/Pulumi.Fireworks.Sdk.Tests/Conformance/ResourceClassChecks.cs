using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>
/// The checks every generated resource class of sdk/dotnet must pass against its schema resource: outputs, resource
/// token, default resource options and the <c>Get</c> signature. One problem line per mismatch.
/// </summary>
internal static class ResourceClassChecks
{
    public static IReadOnlyList<string> Check(string token)
    {
        var schema = PackageSchema.Instance;
        var name = PackageSchema.TypeName(token);
        var cls = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name);
        var problems = new List<string>(OutputClassConformance.CheckResource(cls, schema.ResourceOutputs(token)));

        if (cls.BaseList?.Types.Single().ToString() != "global::Pulumi.CustomResource")
        {
            problems.Add($"{name}: must derive from global::Pulumi.CustomResource");
        }

        var attribute = AttributeReader.Find(cls, "FireworksResourceType");
        if (attribute is null || AttributeReader.WireName(attribute) != token)
        {
            problems.Add($"{name}: must carry [FireworksResourceType(\"{token}\")]");
        }

        var outputs = schema.ResourceOutputs(token);
        Compare(problems, name, "AdditionalSecretOutputs",
            outputs.Properties.Keys.Where(outputs.IsSecret), ResourceOptionsReader.StringList(cls, "AdditionalSecretOutputs"));
        Compare(problems, name, "ReplaceOnChanges",
            outputs.NamesWhere("replaceOnChanges"), ResourceOptionsReader.StringList(cls, "ReplaceOnChanges"));

        if (ResourceOptionsReader.Value(cls, "Version") != "Utilities.Version")
        {
            problems.Add($"{name}: MakeResourceOptions must default Version to Utilities.Version");
        }

        var url = $"\"{schema.Root.GetProperty("pluginDownloadURL").GetString()}\"";
        if (ResourceOptionsReader.Value(cls, "PluginDownloadURL") != url)
        {
            problems.Add($"{name}: MakeResourceOptions must default PluginDownloadURL to {url}");
        }

        var get = cls.Members.OfType<MethodDeclarationSyntax>().SingleOrDefault(m => m.Identifier.Text == "Get");
        var expected = $"string name, Input<string> id, {name}State? state = null, CustomResourceOptions? options = null";
        if (get?.ParameterList.Parameters.ToString() != expected)
        {
            problems.Add($"{name}.Get: parameters must be ({expected}) because the schema declares stateInputs");
        }

        var constructor = cls.Members.OfType<ConstructorDeclarationSyntax>()
            .FirstOrDefault(c => c.Modifiers.Any(m => m.Text == "public"));
        var requiredInputs = schema.ResourceInputs(token).Required.Count > 0;
        var argsParameter = requiredInputs ? $"{name}Args args" : $"{name}Args? args = null";
        if (constructor?.ParameterList.Parameters.ToString() != $"string name, {argsParameter}, CustomResourceOptions? options = null")
        {
            problems.Add($"{name}: public constructor must take ({argsParameter}) since the resource {(requiredInputs ? "has" : "has no")} required inputs");
        }

        return problems;
    }

    /// <summary>Args and State: the schema's inputs and state inputs, with the schema defaults set in the Args constructor.</summary>
    public static IReadOnlyList<string> CheckArgs(string token)
    {
        var schema = PackageSchema.Instance;
        var name = PackageSchema.TypeName(token);
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name + "Args");
        var state = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", name + "State");
        var problems = new List<string>();
        problems.AddRange(InputClassConformance.Check(args, schema.ResourceInputs(token), InputShape.Args));
        problems.AddRange(InputClassConformance.Check(state, schema.ResourceState(token), InputShape.State));

        var constructor = args.Members.OfType<ConstructorDeclarationSyntax>().Single();
        var assigned = constructor.Body!.Statements.Select(s => ExpectedCSharpType.Normalize(s.ToString()));
        var defaults = schema.ResourceInputs(token).Properties
            .Where(p => p.Value.TryGetProperty("default", out _))
            .Select(p => $"{CSharpNames.Member(p.Key)}={p.Value.GetProperty("default").ToString().ToLowerInvariant()};");
        Compare(problems, name + "Args()", "defaults", defaults, assigned);
        return problems;
    }

    private static void Compare(List<string> problems, string where, string what, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var e = expected.Order(StringComparer.Ordinal).ToList();
        var a = actual.Order(StringComparer.Ordinal).ToList();
        if (!e.SequenceEqual(a, StringComparer.Ordinal))
        {
            problems.Add($"{where}: {what} is [{string.Join(", ", a)}], the schema needs [{string.Join(", ", e)}]");
        }
    }
}
