using System.Text.RegularExpressions;
using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>
/// Where the Markdown files state the plugin or package version: install commands (<c>resource fireworks 1.2.3</c>),
/// archive and plugin-cache names (<c>resource-fireworks-v1.2.3</c>), the README's status line and package mentions.
/// CHANGELOG.md names every past version, so it is left to <see cref="ChangelogReleases"/>.
/// </summary>
internal static partial class MarkdownVersions
{
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj", "artifacts", ".git", "TestResults"];

    public static IEnumerable<VersionMention> All() =>
        Files().SelectMany(file => Mentions(file, RepositoryRoot.ReadText(file)));

    public static IEnumerable<string> Files() =>
        Walk(RepositoryRoot.Path)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => f != "CHANGELOG.md")
            .Order(StringComparer.Ordinal);

    public static IEnumerable<VersionMention> Mentions(string file, string text) =>
        text.Split('\n').SelectMany((line, index) => MentionPattern().Matches(line)
            .Select(m => new VersionMention(file, $"line {index + 1}: {m.Value}", m.Groups["version"].Value)));

    private static IEnumerable<string> Walk(string directory) =>
        Directory.EnumerateFiles(directory, "*.md")
            .Concat(Directory.EnumerateDirectories(directory)
                .Where(d => !SkippedFolders.Contains(Path.GetFileName(d)))
                .SelectMany(Walk));

    // A version, with a pre-release part unless that is an archive's os or the checksum suffix.
    [GeneratedRegex(
        @"(?:\bresource fireworks |resource-fireworks-v|\*\*Version |Pulumi\.Fireworks`? |@pulumi-fireworks/fireworks@)" +
        @"(?<version>\d+\.\d+\.\d+(?:-(?!linux|darwin|windows|checksums)[0-9A-Za-z.]+)?)")]
    private static partial Regex MentionPattern();
}
