using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>How a Deployment's <c>deploymentId</c> is chosen when the user gives none (<see cref="ResourceNaming"/>).</summary>
public static class DeploymentIdNaming
{
    public static NamingRule Rule { get; } = new(Names.DeploymentId, DeploymentInputsValidator.IsValidDeploymentId,
        DeploymentInputsValidator.DeploymentIdRule, MaxLength: 63, Fallback: "deployment");
}
