using System.Diagnostics.CodeAnalysis;

namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>The name of a deployed model, <c>accounts/{account}/deployedModels/{id}</c>.</summary>
/// <param name="AccountId">The account id.</param>
/// <param name="DeployedModelId">The id the service picked.</param>
public sealed record DeployedModelName(string AccountId, string DeployedModelId)
{
    private const string Collection = "deployedModels";

    /// <summary>
    /// Accepts a full name (<c>accounts/a/deployedModels/x</c>) or a bare id (in <paramref name="defaultAccountId"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The text is neither form.</exception>
    public static DeployedModelName Parse(string nameOrId, string defaultAccountId) =>
        TryParse(nameOrId, defaultAccountId, out var name)
            ? name
            : throw new ArgumentException(
                $"'{nameOrId}' is not a deployed model id or a name of the form accounts/{{account}}/{Collection}/{{id}}.",
                nameof(nameOrId));

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string? nameOrId, string defaultAccountId, [NotNullWhen(true)] out DeployedModelName? name)
    {
        name = null;
        var parts = nameOrId?.Split('/') ?? [];
        if (parts.Length == 1 && IsSegment(parts[0]) && IsSegment(defaultAccountId))
        {
            name = new DeployedModelName(defaultAccountId, parts[0]);
        }
        else if (parts is ["accounts", var account, Collection, var id] && IsSegment(account) && IsSegment(id))
        {
            name = new DeployedModelName(account, id);
        }

        return name is not null;
    }

    /// <summary>The path of this deployed model below <c>/v1/</c>.</summary>
    internal string Path => $"accounts/{Uri.EscapeDataString(AccountId)}/{Collection}/{Uri.EscapeDataString(DeployedModelId)}";

    /// <inheritdoc/>
    public override string ToString() => $"accounts/{AccountId}/{Collection}/{DeployedModelId}";

    private static bool IsSegment(string? s) =>
        !string.IsNullOrEmpty(s) && !s.Any(char.IsWhiteSpace) && s != "." && s != "..";
}
