using System.Text.RegularExpressions;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Annotation keys in Kubernetes syntax: an optional DNS-subdomain prefix and <c>/</c>, then a name of at most 63
/// characters (<c>[A-Za-z0-9._-]</c>, starting and ending alphanumeric). The <c>fireworks.ai/</c> prefix (and its
/// subdomains) is reserved. [I] SPEC states no rule; Fireworks' environments API uses exactly this one.
/// </summary>
internal static partial class AnnotationKeys
{
    private const string ReservedPrefix = "fireworks.ai";

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsSubdomain();

    public static void Validate(IReadOnlyDictionary<string, string>? annotations)
    {
        foreach (var key in annotations?.Keys ?? Enumerable.Empty<string>())
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            var prefix = slash < 0 ? null : key[..slash];
            var name = slash < 0 ? key : key[(slash + 1)..];
            if (!Name().IsMatch(name) || (prefix is not null && (prefix.Length > 253 || !DnsSubdomain().IsMatch(prefix))))
            {
                throw ApiException.InvalidArgument(
                    $"annotations: invalid key \"{key}\": use an optional DNS subdomain prefix and \"/\", then a name of at most 63 characters [A-Za-z0-9._-] starting and ending alphanumeric (e.g. example.com/team)");
            }

            if (prefix is not null && (prefix == ReservedPrefix || prefix.EndsWith("." + ReservedPrefix, StringComparison.Ordinal)))
            {
                throw ApiException.InvalidArgument($"annotations: key \"{key}\" uses the reserved prefix \"{ReservedPrefix}/\"");
            }
        }
    }
}
