using System.Text.RegularExpressions;
using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>CHANGELOG.md's release headings (<c>## [1.2.3]</c>, newest first) and link references.</summary>
internal static partial class ChangelogReleases
{
    public const string File = "CHANGELOG.md";

    private static string Text => RepositoryRoot.ReadText(File);

    public static VersionMention Newest() =>
        HeadingPattern().Matches(Text).Select(m => m.Groups["version"].Value).Where(v => v != "Unreleased")
            .Select(v => new VersionMention(File, "newest release heading", v))
            .FirstOrDefault() ?? new VersionMention(File, "newest release heading", VersionMention.Missing);

    public static bool HasLinkFor(string version) =>
        Text.Split('\n').Any(l => l.StartsWith($"[{version}]: https://", StringComparison.Ordinal));

    [GeneratedRegex(@"^## \[(?<version>[^\]]+)\]", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();
}
