using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.PropertyValues;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// The answer for a deployment that exists but did not reach READY (create or update): its id, the best outputs
/// known, and a request that the engine refresh it before the next update, so a create that never took effect is
/// dropped and made again rather than updated blindly.
/// </summary>
internal static class DeploymentPartialFailure
{
    /// <summary>Reads the deployment once more (<see cref="DeploymentLookup"/>) for the outputs, else uses <paramref name="known"/>.</summary>
    public static async Task<ResourceInitializationException> CreateAsync(IDeploymentsApi api, TimeProvider timeProvider,
        string name, DeploymentInputs inputs, ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason,
        FireworksDeployment? known, Exception? cause, CancellationToken cancellationToken)
    {
        var current = await DeploymentLookup.TryGetAsync(api, name, timeProvider, cancellationToken).ConfigureAwait(false) ?? known;
        return From(name, current, inputs, checkedInputs, redactedReason, cause);
    }

    public static ResourceInitializationException From(string name, FireworksDeployment? deployment, DeploymentInputs inputs,
        ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason, Exception? cause = null)
    {
        var outputs = (deployment is null ? null : TryOutputs(deployment, inputs)) ?? DeploymentOutputs.FromInputs(inputs, name);
        return new ResourceInitializationException(name, outputs, checkedInputs, [redactedReason], cause)
        {
            RefreshBeforeUpdate = true,
        };
    }

    /// <summary>The outputs of <paramref name="deployment"/>, or null when the service's answer cannot be read.</summary>
    public static ImmutableDictionary<string, PropertyValue>? TryOutputs(FireworksDeployment deployment, DeploymentInputs inputs)
    {
        try
        {
            return DeploymentOutputs.FromService(deployment, inputs);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
