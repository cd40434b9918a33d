using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>
/// Opaque page tokens bound to the parameters of the list call that produced them: a token presented with another
/// filter, order or <c>showDeleted</c> is refused, as the real API requires every other parameter to match.
/// </summary>
internal static class PageToken
{
    private const string Prefix = "p1";

    /// <summary>A short digest of the parameters a token is bound to.</summary>
    public static string Fingerprint(params string?[] parameters)
    {
        var joined = string.Join('\u001f', parameters.Select(p => p ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..16];
    }

    public static string Encode(string fingerprint, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Prefix}:{fingerprint}:{offset.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The offset a token continues from.</summary>
    /// <exception cref="ApiException">Malformed token, or one issued for other parameters (INVALID_ARGUMENT).</exception>
    public static int Decode(string token, string fingerprint)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split(':');
        }
        catch (FormatException)
        {
            throw ApiException.InvalidArgument("invalid pageToken");
        }

        if (parts.Length != 3 || parts[0] != Prefix || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw ApiException.InvalidArgument("invalid pageToken");
        }

        return parts[1] == fingerprint
            ? offset
            : throw ApiException.InvalidArgument("invalid pageToken: it was issued for a list call with other parameters (filter, orderBy, showDeleted must match)");
    }
}
