namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>How the generator turns a camelCase schema name into a C# member name.</summary>
internal static class CSharpNames
{
    public static string Member(string schemaName) => char.ToUpperInvariant(schemaName[0]) + schemaName[1..];
}
