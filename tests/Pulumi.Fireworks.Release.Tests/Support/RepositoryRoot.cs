namespace Pulumi.Fireworks.Release.Tests.Support;

/// <summary>The repository checkout the tests run in, found by walking up to Pulumi.Fireworks.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static string ReadText(string relativePath) => File.ReadAllText(Combine(relativePath.Split('/')));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pulumi.Fireworks.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Pulumi.Fireworks.sln above {AppContext.BaseDirectory}.");
    }
}
