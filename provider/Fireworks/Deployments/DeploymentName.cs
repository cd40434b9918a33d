namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>The name of a deployment, <c>accounts/{account}/deployments/{id}</c>.</summary>
/// <param name="AccountId">The account id.</param>
/// <param name="DeploymentId">The deployment id.</param>
public sealed record DeploymentName(string AccountId, string DeploymentId)
{
    /// <summary>
    /// Accepts a full name (<c>accounts/a/deployments/x</c>) or a bare id (resolved in <paramref name="defaultAccountId"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The text is neither form.</exception>
    public static DeploymentName Parse(string nameOrId, string defaultAccountId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var parts = nameOrId.Split('/');
        if (parts.Length == 1 && IsSegment(parts[0]))
        {
            return new DeploymentName(defaultAccountId, parts[0]);
        }

        if (parts.Length == 4 && parts[0] == "accounts" && parts[2] == "deployments" && IsSegment(parts[1]) && IsSegment(parts[3]))
        {
            return new DeploymentName(parts[1], parts[3]);
        }

        throw new ArgumentException($"'{nameOrId}' is not a deployment id or a name of the form accounts/{{account}}/deployments/{{id}}.", nameof(nameOrId));
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string? nameOrId, string defaultAccountId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeploymentName? name)
    {
        name = null;
        if (string.IsNullOrWhiteSpace(nameOrId))
        {
            return false;
        }

        try
        {
            name = Parse(nameOrId, defaultAccountId);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="id"/> is a valid client-chosen deployment id: lower-case letters, digits and hyphens,
    /// starting with a letter, at most 63 characters.
    /// </summary>
    public static bool IsValidDeploymentId(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= 63
        && char.IsAsciiLetterLower(id[0])
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The path of this deployment below <c>/v1/</c>.</summary>
    internal string Path => $"accounts/{Uri.EscapeDataString(AccountId)}/deployments/{Uri.EscapeDataString(DeploymentId)}";

    /// <inheritdoc/>
    public override string ToString() => $"accounts/{AccountId}/deployments/{DeploymentId}";

    private static bool IsSegment(string s) => s.Length > 0 && !s.Any(char.IsWhiteSpace) && s != "." && s != "..";
}
