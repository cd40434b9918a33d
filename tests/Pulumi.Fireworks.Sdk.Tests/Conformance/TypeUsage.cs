using System.Text.Json;

namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>
/// The object types reachable from each part of the schema, as the SDK generators see them: types reachable from
/// resource inputs or state inputs get an <c>Inputs.XArgs</c> class, from state inputs also <c>Inputs.XGetArgs</c>,
/// from resource outputs or function results an <c>Outputs.X</c> class.
/// </summary>
internal sealed class TypeUsage
{
    public TypeUsage(PackageSchema schema)
    {
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        var state = new HashSet<string>(StringComparer.Ordinal);
        var outputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in schema.ResourceTokens)
        {
            var resource = schema.Resource(token);
            Visit(schema, resource.GetProperty("inputProperties"), inputs);
            Visit(schema, resource.GetProperty("properties"), outputs);
            if (resource.TryGetProperty("stateInputs", out var stateInputs))
            {
                Visit(schema, stateInputs.GetProperty("properties"), state);
            }
        }

        foreach (var token in schema.FunctionTokens)
        {
            Visit(schema, schema.Function(token).GetProperty("outputs").GetProperty("properties"), outputs);
        }

        inputs.UnionWith(state);
        ArgsTypes = inputs;
        GetArgsTypes = state;
        OutputTypes = outputs;
    }

    /// <summary>Object types with an <c>Inputs.XArgs</c> class.</summary>
    public IReadOnlySet<string> ArgsTypes { get; }

    /// <summary>Object types with an <c>Inputs.XGetArgs</c> class.</summary>
    public IReadOnlySet<string> GetArgsTypes { get; }

    /// <summary>Object types with an <c>Outputs.X</c> class.</summary>
    public IReadOnlySet<string> OutputTypes { get; }

    private static void Visit(PackageSchema schema, JsonElement properties, HashSet<string> found)
    {
        foreach (var property in properties.EnumerateObject())
        {
            VisitType(schema, property.Value, found);
        }
    }

    private static void VisitType(PackageSchema schema, JsonElement type, HashSet<string> found)
    {
        if (type.TryGetProperty("$ref", out var reference))
        {
            var token = PackageSchema.RefToken(reference.GetString()!);
            if (!schema.IsEnum(token) && found.Add(token) && schema.TypeDefinition(token).TryGetProperty("properties", out var nested))
            {
                Visit(schema, nested, found);
            }
        }

        foreach (var key in new[] { "items", "additionalProperties" })
        {
            if (type.TryGetProperty(key, out var element) && element.ValueKind == JsonValueKind.Object)
            {
                VisitType(schema, element, found);
            }
        }

        if (type.TryGetProperty("oneOf", out var alternatives))
        {
            foreach (var alternative in alternatives.EnumerateArray())
            {
                VisitType(schema, alternative, found);
            }
        }
    }
}
