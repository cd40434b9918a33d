namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// Where the published plugin is: PULUMI_FIREWORKS_PLUGIN_DIR, else artifacts/plugin (<c>make publish</c>). The
/// folder is put first on the Pulumi CLI's PATH, where the engine finds <c>pulumi-resource-fireworks</c> as an
/// ambient plugin (inline programs have no Pulumi.yaml <c>plugins</c> section).
/// </summary>
internal static class PluginLocation
{
    public const string BinaryName = "pulumi-resource-fireworks";

    public static string Directory
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("PULUMI_FIREWORKS_PLUGIN_DIR") is { Length: > 0 } configured
                ? configured
                : RepositoryRoot.Combine("artifacts", "plugin");
            return File.Exists(Path.Combine(directory, BinaryName))
                ? directory
                : throw new InvalidOperationException(
                    $"No {BinaryName} in {directory}: run 'make publish' at the repository root or set PULUMI_FIREWORKS_PLUGIN_DIR.");
        }
    }
}
