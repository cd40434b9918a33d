namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// A file backend in a temporary folder (no Pulumi Cloud), a passphrase secrets provider, and the plugin folder
/// first on PATH: the environment every workspace of a test gets. Deleted on dispose.
/// </summary>
internal sealed class LocalBackend : IDisposable
{
    public const string Passphrase = "automation-tests";

    private readonly string folder = Directory.CreateTempSubdirectory("fireworks-automation-").FullName;

    public IDictionary<string, string?> EnvironmentVariables => new Dictionary<string, string?>
    {
        ["PULUMI_BACKEND_URL"] = new Uri(folder).AbsoluteUri,
        ["PULUMI_CONFIG_PASSPHRASE"] = Passphrase,
        ["PULUMI_SKIP_UPDATE_CHECK"] = "true",
        ["PATH"] = PluginLocation.Directory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
    };

    /// <summary>The fully qualified name of a stack on this backend (a file backend's organization is "organization").</summary>
    public static string QualifiedStackName(string project, string stack) => $"organization/{project}/{stack}";

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
