using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// The outputs of a deployed model: every input as Fireworks holds it (<c>default</c> and <c>public</c> always set:
/// proto3 JSON leaves a false out), the load flag carried from the inputs, the secrecy of the user's inputs, and the
/// computed fields. Never contains an unknown.
/// </summary>
public static class DeployedModelOutputs
{
    /// <summary>The writable fields as the service holds them, in the form Check writes them.</summary>
    public static DeployedModelInputs Held(Fireworks.DeployedModels.DeployedModel record) => new(
        TextOf(record.Deployment),
        TextOf(record.Model),
        TextOf(record.DisplayName),
        TextOf(record.Description),
        Known<bool>.Of(record.Default ?? false),
        Known<bool>.Of(record.Public ?? false),
        ReplaceMergedAddon: null);

    /// <param name="record">The deployed model as the service returned it.</param>
    /// <param name="carry">The inputs that supply the load flag, the secrecy and what the service leaves out.</param>
    public static ImmutableDictionary<string, PropertyValue> FromService(Fireworks.DeployedModels.DeployedModel record, DeployedModelInputs carry)
    {
        var held = Held(record);
        var inputs = held with
        {
            Deployment = held.Deployment ?? carry.Deployment,
            Model = held.Model ?? carry.Model,
            ReplaceMergedAddon = carry.ReplaceMergedAddon,
            SecretProperties = carry.SecretProperties,
        };
        var outputs = inputs.ToPropertyMap().ToBuilder();
        ServiceOutputs.Text(outputs, DeployedModelFields.Name, record.Name);
        ServiceOutputs.Text(outputs, DeployedModelFields.State, DeployedModelWaiter.StateOf(record));
        ServiceOutputs.Status(outputs, DeployedModelFields.Status, record.Status?.Code, record.Status?.Message,
            new SecretRedactor(carry.SecretValues).Redact);
        ServiceOutputs.Text(outputs, DeployedModelFields.CreateTime, record.CreateTime);
        ServiceOutputs.Text(outputs, DeployedModelFields.UpdateTime, record.UpdateTime);
        AddInferenceModel(outputs, inputs);
        return outputs.ToImmutable();
    }

    /// <summary>The best guess when the service could not be read: the inputs and the name.</summary>
    public static ImmutableDictionary<string, PropertyValue> FromInputs(DeployedModelInputs inputs, string name)
    {
        var outputs = inputs.ToPropertyMap().ToBuilder();
        outputs[DeployedModelFields.Name] = PropertyValue.Create(name);
        AddInferenceModel(outputs, inputs);
        return outputs.ToImmutable();
    }

    /// <summary>The outputs of <paramref name="record"/>, else (none, or an answer that cannot be read) the inputs.</summary>
    public static ImmutableDictionary<string, PropertyValue> Best(string name, Fireworks.DeployedModels.DeployedModel? record, DeployedModelInputs inputs) =>
        (record is null ? null : PartialFailure.TryOutputs(() => FromService(record, inputs))) ?? FromInputs(inputs, name);

    private static void AddInferenceModel(ImmutableDictionary<string, PropertyValue>.Builder outputs, DeployedModelInputs inputs)
    {
        if (DeployedModelInputs.Text(inputs.Model) is { } model && DeployedModelInputs.Text(inputs.Deployment) is { } deployment)
        {
            outputs[DeployedModelFields.InferenceModel] = PropertyValue.Create(DeployedModelTargets.InferenceModel(model, deployment));
        }
    }

    private static Known<string>? TextOf(string? value) => string.IsNullOrEmpty(value) ? null : Known<string>.Of(value);
}
