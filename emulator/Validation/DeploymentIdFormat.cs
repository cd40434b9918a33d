using System.Text.RegularExpressions;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Deployment ids: lower-case letters, digits and hyphens, 1–63 characters, starting with a letter and not ending
/// with a hyphen. Inferred (AIP-122 resource id rules; the docs only say "lower-case letters, digits, hyphens").
/// </summary>
internal static partial class DeploymentIdFormat
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    [GeneratedRegex("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>A random 8-character id, as the server picks when the client sends no <c>deploymentId</c>.</summary>
    public static string Generate(Func<int, int> nextBelow)
    {
        Span<char> id = stackalloc char[8];
        id[0] = Alphabet[nextBelow(26)];
        for (var i = 1; i < id.Length; i++)
        {
            id[i] = Alphabet[nextBelow(Alphabet.Length)];
        }

        return new string(id);
    }
}
