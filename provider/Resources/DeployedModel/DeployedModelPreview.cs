using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// The outputs a preview promises: the checked inputs plus what can be computed without Fireworks (the inference
/// model string). What the service decides is unknown — the id, the state, an unset <c>default</c> or
/// <c>public</c> — since a guess that turns out wrong would mislead.
/// </summary>
public static class DeployedModelPreview
{
    public static ImmutableDictionary<string, PropertyValue> CreateOutputs(ImmutableDictionary<string, PropertyValue> checkedInputs)
    {
        var inputs = DeployedModelInputs.Read(InputsOf(checkedInputs), new CheckFailureCollector());
        var outputs = inputs.ToPropertyMap().ToBuilder();
        foreach (var name in new[] { DeployedModelFields.Name, DeployedModelFields.State, DeployedModelFields.Status, DeployedModelFields.CreateTime, DeployedModelFields.UpdateTime })
        {
            outputs[name] = PropertyValue.Unknown;
        }

        foreach (var computed in new[] { DeployedModelFields.Default.Name, DeployedModelFields.Public.Name }.Where(name => !outputs.ContainsKey(name)))
        {
            outputs[computed] = PropertyValue.Unknown;
        }

        outputs[DeployedModelFields.InferenceModel] = DeployedModelInputs.Text(inputs.Model) is { } model
                                         && DeployedModelInputs.Text(inputs.Deployment) is { } deployment
            ? PropertyValue.Create(DeployedModelTargets.InferenceModel(model, deployment))
            : PropertyValue.Unknown;
        return outputs.ToImmutable();
    }

    /// <summary>
    /// Outputs of a previewed in-place update: the new inputs, the identity and load time of the existing addon, and
    /// unknowns for what the update may change. An unset <c>default</c> keeps what the service holds.
    /// </summary>
    public static ImmutableDictionary<string, PropertyValue> UpdateOutputs(ImmutableDictionary<string, PropertyValue> news,
        ImmutableDictionary<string, PropertyValue> oldOutputs)
    {
        var outputs = CreateOutputs(news).ToBuilder();
        foreach (var stable in new[] { DeployedModelFields.Name, DeployedModelFields.CreateTime, DeployedModelFields.Default.Name, DeployedModelFields.Public.Name })
        {
            if (outputs[stable].IsUnknown && oldOutputs.TryGetValue(stable, out var value) && !value.IsNull && !value.IsUnknown)
            {
                outputs[stable] = value;
            }
        }

        return outputs.ToImmutable();
    }

    /// <summary>The entries of <paramref name="properties"/> that are inputs (outputs and internal keys left out).</summary>
    public static ImmutableDictionary<string, PropertyValue> InputsOf(ImmutableDictionary<string, PropertyValue> properties) =>
        properties.RemoveRange(properties.Keys.Where(key => !DeployedModelFields.ByName.ContainsKey(key)));
}
