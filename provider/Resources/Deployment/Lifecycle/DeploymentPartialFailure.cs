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
    public static Task<ResourceInitializationException> CreateAsync(IDeploymentsApi api, TimeProvider timeProvider,
        string name, DeploymentInputs inputs, ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason,
        FireworksDeployment? known, Exception? cause, CancellationToken cancellationToken)
        => PartialFailure.WithBestOutputsAsync(name, token => api.GetDeploymentAsync(name, token), known,
            deployment => BestOutputs(name, deployment, inputs), checkedInputs, redactedReason, cause, timeProvider,
            cancellationToken);

    public static ResourceInitializationException From(string name, FireworksDeployment? deployment, DeploymentInputs inputs,
        ImmutableDictionary<string, PropertyValue> checkedInputs, string redactedReason, Exception? cause = null)
        => PartialFailure.Of(name, BestOutputs(name, deployment, inputs), checkedInputs, redactedReason, cause);

    /// <summary>The outputs of <paramref name="deployment"/>, else (none, or an unreadable answer) the inputs.</summary>
    public static ImmutableDictionary<string, PropertyValue> BestOutputs(string name, FireworksDeployment? deployment,
        DeploymentInputs inputs) =>
        (deployment is null ? null : TryOutputs(deployment, inputs)) ?? DeploymentOutputs.FromInputs(inputs, name);

    /// <summary>The outputs of <paramref name="deployment"/>, or null when the service's answer cannot be read.</summary>
    public static ImmutableDictionary<string, PropertyValue>? TryOutputs(FireworksDeployment deployment, DeploymentInputs inputs) =>
        PartialFailure.TryOutputs(() => DeploymentOutputs.FromService(deployment, inputs));
}
