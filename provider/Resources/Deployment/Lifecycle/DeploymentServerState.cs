using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Reads the writable part of a deployment as Fireworks holds it into <see cref="DeploymentInputs"/> by walking
/// <see cref="DeploymentProperties"/>: durations parsed, the placement split into region / multiRegion / regions,
/// the id taken from the name, the provider's URN annotation left out. Empty values count as not set (proto3 JSON
/// omits zero values). Properties Fireworks does not hold keep their defaults; the caller carries the user's.
/// </summary>
public static class DeploymentServerState
{
    public static DeploymentInputs ToInputs(FireworksDeployment deployment) =>
        DeploymentProperties.All.Aggregate(new DeploymentInputs(), (inputs, property) => property.FromService(inputs, deployment));

    /// <summary>The last segment of <c>accounts/{a}/deployments/{id}</c>, or null.</summary>
    public static string? IdOf(string? name) => DeploymentProperties.IdOf(name);
}
