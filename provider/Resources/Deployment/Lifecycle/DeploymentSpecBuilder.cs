using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Turns checked inputs into Fireworks request bodies by walking <see cref="DeploymentProperties"/>. Only what the
/// user set is sent: provider knobs, query flags (<c>deploymentId</c>, <c>disableSpeculativeDecoding</c>,
/// <c>skipShapeValidation</c>) and the internal <c>__defaults</c> have no field in <see cref="DeploymentSpec"/>, so
/// they can never reach the body.
/// </summary>
public static class DeploymentSpecBuilder
{
    /// <summary>Properties that exist only in the provider: changing them never calls Fireworks.</summary>
    public static IReadOnlySet<string> ProviderOnly => DeploymentProperties.StateOnlyNames;

    /// <summary>The create body: every writable input the user set, and nothing else.</summary>
    public static DeploymentSpec ForCreate(DeploymentInputs inputs) =>
        DeploymentProperties.All.Aggregate(new DeploymentSpec(), (spec, property) => property.ToCreate(spec, inputs));

    /// <summary>
    /// The PATCH body for the <paramref name="changed"/> top-level properties that Fireworks can change in place.
    /// A property the user removed is sent with its reset value so that the mask names it and the service resets
    /// it. Properties that force replacement are never sent (Diff replaces instead).
    /// </summary>
    public static DeploymentSpec ForUpdate(DeploymentInputs inputs, IEnumerable<string> changed) =>
        changed.Select(name => DeploymentProperties.ByName.GetValueOrDefault(name))
            .Where(property => property is { Change: Kernel.PropertyChange.UpdateInPlace })
            .Aggregate(new DeploymentSpec(), (spec, property) => property!.ToUpdate(spec, inputs));

    /// <summary>True when <paramref name="spec"/> sets no field (nothing to send).</summary>
    public static bool IsEmpty(DeploymentSpec spec) => spec == new DeploymentSpec();
}
