using System.Text;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>
/// The AIP-160 subset the emulator understands: equality comparisons <c>field="quoted value"</c> (or
/// <c>field=BARE</c> for enums and booleans) joined by <c>AND</c>. Each list endpoint names the fields it supports;
/// any other field is a 400 that names it, so a client cannot believe a filter was applied when it was not.
/// </summary>
internal sealed class ListFilter
{
    private ListFilter(IReadOnlyList<FilterTerm> terms) => Terms = terms;

    public static ListFilter None { get; } = new([]);

    public IReadOnlyList<FilterTerm> Terms { get; }

    /// <summary>Parses <paramref name="text"/> and checks every field against <paramref name="supported"/>.</summary>
    /// <exception cref="ApiException">Malformed filter or unsupported field (INVALID_ARGUMENT).</exception>
    public static ListFilter Parse(string? text, IReadOnlyCollection<string> supported)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var terms = new List<FilterTerm>();
        var position = 0;
        while (true)
        {
            SkipSpaces(text, ref position);
            var field = ReadField(text, ref position);
            SkipSpaces(text, ref position);
            if (position >= text.Length || text[position] != '=')
            {
                throw Invalid(text, $"expected = after \"{field}\" (only equality comparisons joined by AND are supported)");
            }

            position++;
            SkipSpaces(text, ref position);
            var value = ReadValue(text, ref position);
            if (!supported.Contains(field))
            {
                throw ApiException.InvalidArgument(
                    $"filter: field \"{field}\" is not supported; supported fields: {string.Join(", ", supported)}");
            }

            terms.Add(new FilterTerm(field, value));
            SkipSpaces(text, ref position);
            if (position >= text.Length)
            {
                return new ListFilter(terms);
            }

            if (!text.AsSpan(position).StartsWith("AND ", StringComparison.Ordinal))
            {
                throw Invalid(text, "terms must be joined by AND");
            }

            position += 4;
        }
    }

    /// <summary>Whether <paramref name="valueOf"/> gives every filtered field its required value.</summary>
    public bool Matches(Func<string, string?> valueOf) =>
        Terms.All(t => string.Equals(valueOf(t.Field), t.Value, StringComparison.Ordinal));

    private static string ReadField(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '.'))
        {
            position++;
        }

        return position > start ? text[start..position] : throw Invalid(text, "expected a field name");
    }

    private static string ReadValue(string text, ref int position)
    {
        if (position < text.Length && text[position] == '"')
        {
            var value = new StringBuilder();
            position++;
            while (position < text.Length && text[position] != '"')
            {
                if (text[position] == '\\' && position + 1 < text.Length)
                {
                    position++;
                }

                value.Append(text[position++]);
            }

            if (position >= text.Length)
            {
                throw Invalid(text, "unterminated quoted value");
            }

            position++;
            return value.ToString();
        }

        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position > start ? text[start..position] : throw Invalid(text, "expected a value");
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private static ApiException Invalid(string text, string reason) =>
        ApiException.InvalidArgument($"invalid filter \"{text}\": {reason}");
}
