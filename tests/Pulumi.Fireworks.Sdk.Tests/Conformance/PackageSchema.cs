using System.Text.Json;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>schema.json at the repository root, read with JsonDocument.</summary>
internal sealed class PackageSchema
{
    public const string DeploymentToken = "fireworks:index:Deployment";

    private static readonly Lazy<PackageSchema> Loaded = new(() => new PackageSchema(File.ReadAllText(RepositoryRoot.Combine("schema.json"))));

    private PackageSchema(string json)
    {
        using var document = JsonDocument.Parse(json);
        Root = document.RootElement.Clone();
    }

    public static PackageSchema Instance => Loaded.Value;

    public JsonElement Root { get; }

    public JsonElement Deployment => Root.GetProperty("resources").GetProperty(DeploymentToken);

    public SchemaObject DeploymentInputs => SchemaObject.From("DeploymentArgs", Deployment, "inputProperties", "requiredInputs");

    public SchemaObject DeploymentOutputs => SchemaObject.From("Deployment", Deployment, "properties", "required");

    public SchemaObject DeploymentState => SchemaObject.From("DeploymentState", Deployment.GetProperty("stateInputs"), "properties", "required");

    public SchemaObject ProviderInputs => SchemaObject.From("ProviderArgs", Root.GetProperty("provider"), "inputProperties", "requiredInputs");

    public SchemaObject ProviderOutputs => SchemaObject.From("Provider", Root.GetProperty("provider"), "properties", "required");

    public SchemaObject ConfigVariables => SchemaObject.From("Config", Root.GetProperty("config"), "variables", "required");

    public IEnumerable<string> TypeTokens => Root.GetProperty("types").EnumerateObject().Select(t => t.Name);

    public SchemaObject Type(string token) =>
        SchemaObject.From(TypeName(token), Root.GetProperty("types").GetProperty(token), "properties", "required");

    /// <summary>The last segment of a token or a <c>#/types/</c> reference, e.g. AutoscalingPolicy.</summary>
    public static string TypeName(string tokenOrRef) => tokenOrRef[(tokenOrRef.LastIndexOf(':') + 1)..];
}
