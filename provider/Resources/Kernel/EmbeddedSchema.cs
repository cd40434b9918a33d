using System.Reflection;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>The package schema (<c>schema.json</c> at the repository root), embedded in the binary at build time.</summary>
public static class EmbeddedSchema
{
    private static readonly Lazy<string> Text = new(Load);

    public static string Json => Text.Value;

    private static string Load()
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream("schema.json")
            ?? throw new InvalidOperationException("schema.json is not embedded in the provider binary");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
