using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>A Markdown file read just far enough for the guards: fenced code blocks, tables under a heading, inline code.</summary>
internal sealed partial class MarkdownDocument
{
    private readonly string[] lines;

    private MarkdownDocument(string path, string text)
    {
        Path = path;
        Text = text;
        lines = text.Split('\n');
        Fences = ReadFences(lines);
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<CodeFence> Fences { get; }

    public static MarkdownDocument Load(params string[] relativePath)
    {
        var path = System.IO.Path.Combine(relativePath);
        return new MarkdownDocument(path, File.ReadAllText(RepositoryRoot.Combine(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public IEnumerable<CodeFence> FencesIn(params string[] languages) =>
        Fences.Where(f => languages.Contains(f.Language, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every inline code span outside fenced blocks, e.g. <c>make demo</c>.</summary>
    public IEnumerable<string> InlineCode =>
        InlineCodePattern().Matches(string.Join('\n', OutsideFences())).Select(m => m.Groups["code"].Value);

    /// <summary>The first table after the heading line <paramref name="heading"/> (e.g. "## Inputs"), before the next heading.</summary>
    public MarkdownTable Table(string heading)
    {
        var start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        if (start < 0)
        {
            throw new InvalidOperationException($"{Path} has no heading '{heading}'.");
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith('#'); i++)
        {
            if (lines[i].StartsWith('|'))
            {
                rows.Add(SplitRow(lines[i]));
            }
            else if (rows.Count > 0)
            {
                break;
            }
        }

        return rows.Count >= 2
            ? new MarkdownTable(rows[0], [.. rows.Skip(2)])
            : throw new InvalidOperationException($"{Path} has no table under '{heading}'.");
    }

    private IEnumerable<string> OutsideFences()
    {
        var inside = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inside = !inside;
                continue;
            }

            if (!inside)
            {
                yield return line;
            }
        }
    }

    private static List<string> SplitRow(string line) =>
        [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    private static List<CodeFence> ReadFences(string[] lines)
    {
        var fences = new List<CodeFence>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].TrimStart();
            if (!open.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var body = new List<string>();
            var j = i + 1;
            for (; j < lines.Length && !lines[j].TrimStart().StartsWith("```", StringComparison.Ordinal); j++)
            {
                body.Add(lines[j]);
            }

            fences.Add(new CodeFence(open[3..].Trim(), string.Join('\n', body)));
            i = j;
        }

        return fences;
    }

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex InlineCodePattern();
}
