using System.Text.RegularExpressions;

namespace Pulumi.Fireworks.Release.Tests.Workflows;

/// <summary>A file name pattern as the workflows write it: <c>*</c> stands for any characters but <c>/</c>.</summary>
internal static class PathPattern
{
    public static bool Matches(string pattern, string fileName) =>
        Regex.IsMatch(fileName, "^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
}
