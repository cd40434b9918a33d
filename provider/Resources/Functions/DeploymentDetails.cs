using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// A deployment as <c>getDeployment</c> returns it and <c>getDeployments</c> lists it (schema type
/// <c>DeploymentDetails</c>): the Deployment resource's outputs built by the same code, without the provider-only
/// knobs Fireworks does not hold (waitForReady, hardDelete, ignoreChecksOnDelete, skipShapeValidation,
/// disableSpeculativeDecoding). <c>directRouteApiKeys</c> is always secret.
/// </summary>
public static class DeploymentDetails
{
    /// <summary>The Deployment inputs the service does not hold: a reader of a deployment has no value for them.</summary>
    public static ImmutableArray<string> ProviderOnly { get; } =
        [.. DeploymentProperties.All.Where(property => !property.IsHeld).Select(property => property.Name)];

    public static ImmutableDictionary<string, PropertyValue> From(FireworksDeployment deployment) =>
        DeploymentOutputs.FromService(deployment, new DeploymentInputs()).RemoveRange(ProviderOnly);
}
