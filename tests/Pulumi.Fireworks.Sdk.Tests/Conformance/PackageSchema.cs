using System.Text.Json;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>schema.json at the repository root, read with JsonDocument.</summary>
internal sealed class PackageSchema
{
    public const string DeploymentToken = "fireworks:index:Deployment";

    public const string DeployedModelToken = "fireworks:index:DeployedModel";

    private static readonly Lazy<PackageSchema> Loaded = new(() => new PackageSchema(File.ReadAllText(RepositoryRoot.Combine("schema.json"))));

    private PackageSchema(string json)
    {
        using var document = JsonDocument.Parse(json);
        Root = document.RootElement.Clone();
        Usage = new TypeUsage(this);
    }

    public static PackageSchema Instance => Loaded.Value;

    public JsonElement Root { get; }

    /// <summary>Which generated classes each object type gets (Args, GetArgs, output class).</summary>
    public TypeUsage Usage { get; }

    public JsonElement Deployment => Resource(DeploymentToken);

    public SchemaObject DeploymentInputs => ResourceInputs(DeploymentToken);

    public SchemaObject DeploymentOutputs => ResourceOutputs(DeploymentToken);

    public SchemaObject DeploymentState => ResourceState(DeploymentToken);

    public SchemaObject ProviderInputs => SchemaObject.From("ProviderArgs", Root.GetProperty("provider"), "inputProperties", "requiredInputs");

    public SchemaObject ProviderOutputs => SchemaObject.From("Provider", Root.GetProperty("provider"), "properties", "required");

    public SchemaObject ConfigVariables => SchemaObject.From("Config", Root.GetProperty("config"), "variables", "required");

    public IEnumerable<string> ResourceTokens => Root.GetProperty("resources").EnumerateObject().Select(r => r.Name);

    public IEnumerable<string> FunctionTokens => Root.GetProperty("functions").EnumerateObject().Select(f => f.Name);

    /// <summary>Object (not enum) type tokens.</summary>
    public IEnumerable<string> TypeTokens =>
        Root.GetProperty("types").EnumerateObject().Where(t => !t.Value.TryGetProperty("enum", out _)).Select(t => t.Name);

    public IEnumerable<string> EnumTokens =>
        Root.GetProperty("types").EnumerateObject().Where(t => t.Value.TryGetProperty("enum", out _)).Select(t => t.Name);

    public JsonElement Resource(string token) => Root.GetProperty("resources").GetProperty(token);

    public SchemaObject ResourceInputs(string token) =>
        SchemaObject.From(TypeName(token) + "Args", Resource(token), "inputProperties", "requiredInputs");

    public SchemaObject ResourceOutputs(string token) =>
        SchemaObject.From(TypeName(token), Resource(token), "properties", "required");

    public SchemaObject ResourceState(string token) =>
        SchemaObject.From(TypeName(token) + "State", Resource(token).GetProperty("stateInputs"), "properties", "required");

    public JsonElement Function(string token) => Root.GetProperty("functions").GetProperty(token);

    public SchemaObject FunctionInputs(string token) =>
        SchemaObject.From(FunctionClassName(token) + "Args", Function(token).GetProperty("inputs"), "properties", "required");

    public SchemaObject FunctionOutputs(string token) =>
        SchemaObject.From(FunctionClassName(token) + "Result", Function(token).GetProperty("outputs"), "properties", "required");

    public JsonElement TypeDefinition(string token) => Root.GetProperty("types").GetProperty(token);

    public SchemaObject Type(string token) =>
        SchemaObject.From(TypeName(token), TypeDefinition(token), "properties", "required");

    /// <summary>The enum type's values, in schema order.</summary>
    public IReadOnlyList<JsonElement> EnumValues(string token) => [.. TypeDefinition(token).GetProperty("enum").EnumerateArray()];

    /// <summary>The last segment of a token or a <c>#/types/</c> reference, e.g. AutoscalingPolicy.</summary>
    public static string TypeName(string tokenOrRef) => tokenOrRef[(tokenOrRef.LastIndexOf(':') + 1)..];

    /// <summary>The token a <c>#/types/…</c> reference points at.</summary>
    public static string RefToken(string reference) => reference[(reference.IndexOf("#/types/", StringComparison.Ordinal) + 8)..];

    /// <summary>The class the .NET generator names after a function token: getDeployment → GetDeployment.</summary>
    public static string FunctionClassName(string token) => CSharpNames.Member(TypeName(token));

    public bool IsEnum(string token) => TypeDefinition(token).TryGetProperty("enum", out _);
}
