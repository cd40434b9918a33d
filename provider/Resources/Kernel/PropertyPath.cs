using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Pulumi property paths as used by detailed diffs and <c>ignoreChanges</c>: <c>a</c>, <c>a.b</c>, <c>a[0]</c>,
/// <c>a["key.with.dots"]</c>, and the wildcards <c>*</c> / <c>[*]</c>. Segments are strings, list indexes (int)
/// or <see cref="Wildcard"/>.
/// </summary>
public static class PropertyPath
{
    public static readonly object Wildcard = new();

    /// <summary>The path of the <paramref name="key"/> entry under <paramref name="parent"/>.</summary>
    public static string Child(string parent, string key) =>
        IsPlainName(key) ? $"{parent}.{key}" : $"{parent}[\"{key.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]";

    /// <summary>Splits a path; null when it is malformed.</summary>
    public static ImmutableArray<object>? Parse(string path)
    {
        var segments = ImmutableArray.CreateBuilder<object>();
        var i = 0;
        var expectName = true;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (i + 1 < path.Length && path[i + 1] == '"')
                {
                    var text = new StringBuilder();
                    var j = i + 2;
                    while (j < path.Length && path[j] != '"')
                    {
                        if (path[j] == '\\' && j + 1 < path.Length)
                        {
                            j++;
                        }

                        text.Append(path[j]);
                        j++;
                    }

                    if (j + 1 >= path.Length || path[j + 1] != ']')
                    {
                        return null;
                    }

                    segments.Add(text.ToString());
                    i = j + 2;
                }
                else
                {
                    if (close < 0)
                    {
                        return null;
                    }

                    var inner = path[(i + 1)..close];
                    if (inner == "*")
                    {
                        segments.Add(Wildcard);
                    }
                    else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        segments.Add(index);
                    }
                    else
                    {
                        return null;
                    }

                    i = close + 1;
                }

                expectName = false;
                continue;
            }

            if (path[i] == '.')
            {
                if (expectName)
                {
                    return null;
                }

                i++;
                expectName = true;
                continue;
            }

            var end = i;
            while (end < path.Length && path[end] is not ('.' or '['))
            {
                end++;
            }

            var name = path[i..end];
            segments.Add(name == "*" ? Wildcard : name);
            i = end;
            expectName = false;
        }

        return segments.Count == 0 || expectName ? null : segments.ToImmutable();
    }

    private static bool IsPlainName(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$') && key != "*";
}
