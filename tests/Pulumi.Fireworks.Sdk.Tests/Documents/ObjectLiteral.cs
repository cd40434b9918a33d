using System.Text;

namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>
/// The top-level keys (and raw value text) of a JavaScript object literal starting at a '{', skipping strings,
/// template literals, comments and nested brackets. Shorthand properties (<c>{ region }</c>) count as keys.
/// </summary>
internal sealed record ObjectLiteral(IReadOnlyList<string> Keys, IReadOnlyDictionary<string, string> Values)
{
    public static ObjectLiteral At(string source, int open)
    {
        if (open < 0 || source[open] != '{')
        {
            throw new ArgumentException("No object literal at the given position.", nameof(open));
        }

        var keys = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var entry = new StringBuilder();
        var depth = 0;
        for (var i = open + 1; i < source.Length; i++)
        {
            var c = source[i];
            if (c is '"' or '\'' or '`')
            {
                var end = SkipString(source, i);
                entry.Append(source, i, end - i + 1);
                i = end;
                continue;
            }

            if (c == '/' && i + 1 < source.Length && source[i + 1] is '/' or '*')
            {
                i = source[i + 1] == '/' ? source.IndexOf('\n', i) : source.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
                if (i <= 0)
                {
                    break;
                }

                continue;
            }

            if (depth == 0 && (c == ',' || c == '}'))
            {
                AddEntry(entry.ToString(), keys, values);
                entry.Clear();
                if (c == '}')
                {
                    break;
                }

                continue;
            }

            depth += c is '{' or '[' or '(' ? 1 : c is '}' or ']' or ')' ? -1 : 0;
            entry.Append(c);
        }

        return new ObjectLiteral(keys, values);
    }

    private static void AddEntry(string entry, List<string> keys, Dictionary<string, string> values)
    {
        var text = entry.Trim();
        if (text.Length == 0)
        {
            return;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var key = (colon < 0 ? text : text[..colon]).Trim().Trim('"', '\'');
        keys.Add(key);
        values[key] = colon < 0 ? key : text[(colon + 1)..];
    }

    private static int SkipString(string source, int start)
    {
        var quote = source[start];
        for (var i = start + 1; i < source.Length; i++)
        {
            if (source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == quote)
            {
                return i;
            }
        }

        return source.Length - 1;
    }
}
