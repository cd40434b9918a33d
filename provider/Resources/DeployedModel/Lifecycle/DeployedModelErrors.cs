using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// The DeployedModel's errors: the kernel's reporter (the one code table, secrets of the inputs redacted) plus what
/// the user can do about Fireworks' answers to a load, in this resource's terms. The codes and texts of those
/// answers are unseen ([inferred], fireworks-api-more.md §1.6), so the hints go by the HTTP status only.
/// </summary>
internal static class DeployedModelErrors
{
    public static ErrorReporter Reporter(DeployedModelInputs inputs) => new(inputs.SecretValues, Hint);

    private static string Hint(FireworksException exception) => exception.Status switch
    {
        400 when exception.Operation.StartsWith("load ", StringComparison.Ordinal) =>
            "; a deployment takes LoRA addons only with `enableAddons: true` (set it on the Deployment), only LoRAs of " +
            "the base model it serves, and, with `enableHotReloadLatestAddon: true`, only with `replaceMergedAddon: true` " +
            "on the DeployedModel",
        404 when exception.Operation.StartsWith("load ", StringComparison.Ordinal) =>
            "; check that the deployment and the model exist (pass the Deployment's `name` output as `deployment`)",
        409 when exception.Operation.StartsWith("load ", StringComparison.Ordinal) =>
            "; the model is already loaded onto this deployment: adopt that addon with " +
            "`pulumi import fireworks:index:DeployedModel <name> accounts/<account>/deployedModels/<id>`",
        _ => string.Empty,
    };
}
