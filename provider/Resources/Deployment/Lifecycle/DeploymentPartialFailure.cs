using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// A deployment that exists but did not reach READY (create or update): <see cref="PartialFailure"/> with the best
/// outputs known (read once more, else the last answer seen, else the inputs).
/// </summary>
internal static class DeploymentPartialFailure
{
    public static async Task<ResourceInitializationException> CreateAsync(IDeploymentsApi api, TimeProvider timeProvider,
        string name, DeploymentInputs inputs, ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason,
        FireworksDeployment? known, Exception? cause, CancellationToken cancellationToken)
    {
        var current = await BestEffortRead.TryAsync(token => api.GetDeploymentAsync(name, token), timeProvider,
            cancellationToken).ConfigureAwait(false) ?? known;
        return From(name, current, inputs, checkedInputs, redactedReason, cause);
    }

    public static ResourceInitializationException From(string name, FireworksDeployment? deployment, DeploymentInputs inputs,
        ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason, Exception? cause = null)
    {
        var outputs = (deployment is null ? null : TryOutputs(deployment, inputs)) ?? DeploymentOutputs.FromInputs(inputs, name);
        return PartialFailure.Of(name, outputs, checkedInputs, redactedReason, cause);
    }

    /// <summary>The outputs of <paramref name="deployment"/>, or null when the service's answer cannot be read.</summary>
    public static ImmutableDictionary<string, PropertyValue>? TryOutputs(FireworksDeployment deployment, DeploymentInputs inputs) =>
        PartialFailure.TryOutputs(() => DeploymentOutputs.FromService(deployment, inputs));
}
