using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// The outputs a preview promises: the checked inputs (secrets wrapped, unknowns kept) plus what can be computed
/// without Fireworks. Everything the service decides is unknown: a guess that turns out wrong would mislead.
/// </summary>
public static class DeploymentPreview
{
    /// <summary>Outputs of a previewed create. <paramref name="accountId"/> is null when not configured yet.</summary>
    public static ImmutableDictionary<string, PropertyValue> CreateOutputs(
        ImmutableDictionary<string, PropertyValue> checkedInputs, string? accountId)
    {
        var inputs = DeploymentInputsParser.Parse(checkedInputs, new CheckFailureCollector());
        var outputs = inputs.ToPropertyMap().Remove(Names.Defaults).ToBuilder();
        outputs[Names.Name] = inputs.DeploymentId is { IsKnown: true } id && !string.IsNullOrEmpty(accountId)
            ? PropertyValue.Create(FullName(accountId, id.Value))
            : PropertyValue.Unknown;
        foreach (var name in DeploymentOutputNames.ServerComputed)
        {
            outputs[name] = PropertyValue.Unknown;
        }

        // The output region is where the deployment runs: known up front only for a single-region placement.
        outputs[Names.Region] = inputs.Region is { IsKnown: true } region
            ? PropertyValue.Create(region.Value)
            : PropertyValue.Unknown;
        return outputs.ToImmutable();
    }

    /// <summary>
    /// Outputs of a previewed in-place update: the new inputs, the identity and creation time of the existing
    /// deployment, and unknowns for what the update may change.
    /// </summary>
    public static ImmutableDictionary<string, PropertyValue> UpdateOutputs(
        ImmutableDictionary<string, PropertyValue> news, ImmutableDictionary<string, PropertyValue> oldOutputs,
        string? accountId)
    {
        var outputs = CreateOutputs(news, accountId).ToBuilder();
        foreach (var stable in new[] { Names.Name, Names.CreateTime, Names.DirectRouteHandle })
        {
            if (oldOutputs.TryGetValue(stable, out var value) && !value.IsNull && !value.IsUnknown)
            {
                outputs[stable] = value;
            }
        }

        return outputs.ToImmutable();
    }

    public static string FullName(string accountId, string deploymentId) =>
        new DeploymentName(accountId, deploymentId).ToString();
}
