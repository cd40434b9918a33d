using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// The inputs Read reports, rebuilt from the service's state. On refresh they are limited to what the user
/// declared (a value the service filled in is not drift), keep the user's spelling where the service only
/// rewrote it (a versioned shape), and keep what the service does not report — query flags, knobs, write-only keys,
/// zero values proto3 JSON leaves out, replace-on-change values it does not echo (absence must never replace a
/// paid deployment on every run) — and <c>__defaults</c> from the old inputs, so a refresh right after a create
/// shows no diff. A declared in-place value the service no longer holds is drift (the next update sets it again). On import every writable field the service reports is returned.
/// </summary>
public static class DeploymentReadInputs
{
    public static ImmutableDictionary<string, PropertyValue> ForRefresh(FireworksDeployment deployment,
        ImmutableDictionary<string, PropertyValue> oldInputs)
    {
        var old = DeploymentInputsParser.Parse(oldInputs, new CheckFailureCollector());
        var state = DeploymentServerState.ToInputs(deployment);
        if (old.DeploymentShape is { IsKnown: true } oldShape && state.DeploymentShape is { IsKnown: true } shape
            && DeploymentShapeName.AreEquivalent(oldShape.Value, shape.Value))
        {
            state = state with { DeploymentShape = old.DeploymentShape };
        }

        state = state with { SecretProperties = old.SecretProperties, DefaultedProperties = old.DefaultedProperties };
        return RefreshInputs.Rebuild(DeploymentProperties.All, oldInputs, state.ToPropertyMap());
    }

    public static ImmutableDictionary<string, PropertyValue> ForImport(FireworksDeployment deployment)
    {
        var state = DeploymentServerState.ToInputs(deployment);

        // With a shape the service fills acceleratorType in, but refuses a request that sets both.
        if (state.DeploymentShape is not null)
        {
            state = state with { AcceleratorType = null };
        }

        return state.ToPropertyMap().RemoveRange(DeploymentProperties.All.Where(p => !p.IsHeld).Select(p => p.Name));
    }
}
