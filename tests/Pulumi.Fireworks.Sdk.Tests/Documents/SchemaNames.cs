using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>Property names from schema.json, as schema (camelCase) names or as the C# SDK's member names.</summary>
internal static class SchemaNames
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    public static IReadOnlySet<string> DeploymentInputs { get; } = Names(Schema.DeploymentInputs);

    public static IReadOnlySet<string> DeploymentOutputs { get; } = Names(Schema.DeploymentOutputs);

    public static IReadOnlySet<string> AutoscalingPolicy { get; } = Names(Schema.Type("fireworks:index:AutoscalingPolicy"));

    public static IReadOnlySet<string> DeployedModelInputs { get; } = Names(Schema.ResourceInputs(PackageSchema.DeployedModelToken));

    public static IReadOnlySet<string> DeployedModelOutputs { get; } = Names(Schema.ResourceOutputs(PackageSchema.DeployedModelToken));

    /// <summary>The functions by their schema name (getDeployment, …).</summary>
    public static IReadOnlySet<string> Functions { get; } = Schema.FunctionTokens.Select(PackageSchema.TypeName).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> FunctionInputs(string function) => Names(Schema.FunctionInputs("fireworks:index:" + function));

    public static IReadOnlySet<string> FunctionOutputs(string function) => Names(Schema.FunctionOutputs("fireworks:index:" + function));

    public static IReadOnlySet<string> ProviderInputs { get; } = Names(Schema.ProviderInputs);

    public static IReadOnlySet<string> ConfigVariables { get; } = Names(Schema.ConfigVariables);

    /// <summary>The outputs the server adds to the inputs (name, state, directRouteHandle, …).</summary>
    public static IReadOnlySet<string> ServerOutputs { get; } = DeploymentOutputs.Except(DeploymentInputs).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> CSharp(IReadOnlySet<string> names) => names.Select(CSharpNames.Member).ToHashSet(StringComparer.Ordinal);

    /// <summary>The names in <paramref name="used"/> that are not in <paramref name="known"/>, for a readable failure.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> used, IReadOnlySet<string> known) =>
        [.. used.Where(n => !known.Contains(n)).Distinct().Order(StringComparer.Ordinal)];

    private static HashSet<string> Names(SchemaObject schemaObject) => schemaObject.Properties.Keys.ToHashSet(StringComparer.Ordinal);
}
