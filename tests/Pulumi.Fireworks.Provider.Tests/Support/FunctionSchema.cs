using System.Text.Json;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>The functions and object types of the embedded schema.json (the contract of the functions' results).</summary>
internal static class FunctionSchema
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(EmbeddedSchema.Json);

    public static IReadOnlyList<string> FunctionTokens =>
        [.. Schema.RootElement.GetProperty("functions").EnumerateObject().Select(function => function.Name)];

    public static IReadOnlyList<string> Inputs(string token) => Names(Function(token).GetProperty("inputs"));

    public static IReadOnlyList<string> Outputs(string token) => Names(Function(token).GetProperty("outputs"));

    public static IReadOnlyList<string> TypeProperties(string token) =>
        Names(Schema.RootElement.GetProperty("types").GetProperty(token));

    private static JsonElement Function(string token) => Schema.RootElement.GetProperty("functions").GetProperty(token);

    /// <summary>The property names of a schema object, in ordinal order.</summary>
    private static List<string> Names(JsonElement element) =>
        [.. element.GetProperty("properties").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal)];
}
