namespace Pulumi.Fireworks.Provider.Fireworks.Errors;

/// <summary>
/// Replaces every occurrence of known secrets (the API key, direct-route keys a request carried) with
/// <c>[redacted]</c>. Server messages can echo request input, so every message that leaves the client passes here.
/// </summary>
internal sealed class SecretRedactor
{
    public const string Placeholder = "[redacted]";

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        // Longest first, so a secret that contains another is replaced whole.
        this.secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s))
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    public SecretRedactor With(IEnumerable<string>? more) => more is null ? this : new SecretRedactor(secrets.Concat(more));

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        }

        return text;
    }
}
