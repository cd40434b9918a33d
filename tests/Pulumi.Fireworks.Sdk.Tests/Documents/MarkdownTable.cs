using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>A Markdown table: header cells and body rows.</summary>
internal sealed partial record MarkdownTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The cells of the column whose header is <paramref name="header"/>.</summary>
    public IEnumerable<string> Column(string header)
    {
        var index = Header.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? Rows.Select(r => index < r.Count ? r[index] : "")
            : throw new InvalidOperationException($"No column '{header}' in a table with columns {string.Join(", ", Header)}.");
    }

    /// <summary>Row by the first inline-code name in its first cell (e.g. <c>`apiKey` (secret)</c> → apiKey).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RowsByName() =>
        Rows.ToDictionary(r => FirstCode(r[0]), r => r, StringComparer.Ordinal);

    public static string FirstCode(string cell)
    {
        var match = CodePattern().Match(cell);
        return match.Success ? match.Groups["code"].Value : cell;
    }

    /// <summary>Every inline-code name in a cell, e.g. the list in "`baseModel`, `region`".</summary>
    public static IEnumerable<string> AllCode(string cell) => CodePattern().Matches(cell).Select(m => m.Groups["code"].Value);

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex CodePattern();
}
