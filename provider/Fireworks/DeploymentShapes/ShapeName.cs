using System.Diagnostics.CodeAnalysis;

namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>
/// The name of a deployment shape, <c>accounts/{account}/deploymentShapes/{shape}</c>. <c>-</c> stands for every
/// account or every shape (in the versions list).
/// </summary>
/// <param name="AccountId">The account id (e.g. <c>fireworks</c> for the public shapes), or <c>-</c>.</param>
/// <param name="ShapeId">The shape id, or <c>-</c>.</param>
public sealed record ShapeName(string AccountId, string ShapeId)
{
    private const string VersionsSegment = "versions";

    /// <summary>Every shape of every account: the parent of a cross-shape version list.</summary>
    public static ShapeName Everywhere { get; } = new("-", "-");

    /// <summary>Parses <c>accounts/{account}/deploymentShapes/{shape}</c>.</summary>
    /// <exception cref="ArgumentException">The text has another form (a bare id, a version name, …).</exception>
    public static ShapeName Parse(string name) =>
        TryParse(name, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{name}' is not a deployment shape name of the form accounts/{{account}}/deploymentShapes/{{shape}}.", nameof(name));

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ShapeName? parsed)
    {
        parsed = null;
        var parts = name?.Split('/');
        if (parts is not { Length: 4 } || parts[0] != "accounts" || parts[2] != "deploymentShapes"
            || !IsSegment(parts[1]) || !IsSegment(parts[3]))
        {
            return false;
        }

        parsed = new ShapeName(parts[1], parts[3]);
        return true;
    }

    /// <summary>
    /// The shape a version belongs to: <c>accounts/{a}/deploymentShapes/{s}/versions/{v}</c> without
    /// <c>/versions/{v}</c>; null when <paramref name="versionName"/> is not a version name.
    /// </summary>
    public static ShapeName? OfVersion(string? versionName)
    {
        var parts = versionName?.Split('/');
        return parts is { Length: 6 } && parts[4] == VersionsSegment && IsSegment(parts[5])
               && TryParse(string.Join('/', parts[..4]), out var shape)
            ? shape
            : null;
    }

    /// <summary>The path of this shape below <c>/v1/</c>.</summary>
    internal string Path => $"accounts/{Uri.EscapeDataString(AccountId)}/deploymentShapes/{Uri.EscapeDataString(ShapeId)}";

    /// <inheritdoc/>
    public override string ToString() => $"accounts/{AccountId}/deploymentShapes/{ShapeId}";

    private static bool IsSegment(string s) => s.Length > 0 && !s.Any(char.IsWhiteSpace) && s != "." && s != "..";
}
