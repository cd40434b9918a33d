using System.Text.RegularExpressions;
using Pulumi.Fireworks.Sdk.Tests.Support;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>The rule targets the repository's Makefile defines (read from the file, so new targets count at once).</summary>
internal static partial class MakefileTargets
{
    public static IReadOnlySet<string> Read() =>
        File.ReadAllLines(RepositoryRoot.Combine("Makefile"))
            .Select(l => RulePattern().Match(l))
            .Where(m => m.Success)
            .SelectMany(m => m.Groups["targets"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(t => !t.StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The targets named by a <c>make …</c> command line: arguments that are neither options nor variables.</summary>
    public static IEnumerable<string> Named(string commandLine) =>
        commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .TakeWhile(a => a is not ("&&" or "||" or ";" or "|" or "#"))
            .Where(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));

    // "target another: prerequisites" at column 0, but not variable assignments (":=", "::=").
    [GeneratedRegex(@"^(?<targets>[A-Za-z0-9_.][A-Za-z0-9_.% -]*?)\s*:(?!=|:=)")]
    private static partial Regex RulePattern();
}
