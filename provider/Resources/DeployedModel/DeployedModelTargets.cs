using System.Diagnostics.CodeAnalysis;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// The two names a deployed model ties together, in the form the service holds them: the full deployment name (a
/// bare deployment id is completed with the configured account, as firectl does) and the model name.
/// </summary>
public static class DeployedModelTargets
{
    public const string DeploymentForm = "accounts/<account>/deployments/<id>";
    public const string ModelForm = "accounts/<account>/models/<model>";

    /// <summary>
    /// The full deployment name for a full name or a bare id. Without a configured account a bare id stays as it is
    /// (Create completes it once the provider is configured).
    /// </summary>
    public static bool TryDeployment(string text, string? accountId, [NotNullWhen(true)] out string? fullName)
    {
        fullName = null;
        var bare = !text.Contains('/', StringComparison.Ordinal);
        if (bare && string.IsNullOrEmpty(accountId))
        {
            fullName = DeploymentName.TryParse(text, "-", out _) ? text : null;
            return fullName is not null;
        }

        if (DeploymentName.TryParse(text, accountId ?? string.Empty, out var name))
        {
            fullName = name.ToString();
        }

        return fullName is not null;
    }

    public static bool IsModelName(string text) =>
        text.Split('/') is ["accounts", { Length: > 0 } account, "models", { Length: > 0 } model]
        && !account.Any(char.IsWhiteSpace) && !model.Any(char.IsWhiteSpace);

    /// <summary>The <c>model</c> string of inference requests that reach this addon: <c>&lt;model&gt;#&lt;deployment&gt;</c>.</summary>
    public static string InferenceModel(string model, string deployment) => $"{model}#{deployment}";
}
