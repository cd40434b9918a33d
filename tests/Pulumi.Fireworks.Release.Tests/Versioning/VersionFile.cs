using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>VERSION at the repository root: the one version source every other file follows.</summary>
internal static class VersionFile
{
    public const string Name = "VERSION";

    public static string Text => RepositoryRoot.ReadText(Name);

    public static string Value => Text.Trim();
}
