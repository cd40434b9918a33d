using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>The Deployment's errors: the kernel's reporter plus what to do about a taken id.</summary>
internal static class DeploymentErrorHints
{
    public static ErrorReporter Reporter(IEnumerable<string>? secrets) => new(secrets, Hint);

    private static string Hint(FireworksException exception) =>
        exception.Status == 409 && exception.ErrorCode == "ALREADY_EXISTS"
            ? "; a deployment with this id already exists (a soft-deleted one blocks its id too): choose another " +
              "deploymentId, or adopt it with `pulumi import fireworks:index:Deployment <name> <id>`"
            : string.Empty;
}
