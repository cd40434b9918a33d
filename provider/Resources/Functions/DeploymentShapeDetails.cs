using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// A shape as <c>getDeploymentShape</c> returns it and <c>getDeploymentShapes</c> lists it (schema type
/// <c>DeploymentShapeDetails</c>): the shape's name, the version, and the shape fields of that version's snapshot,
/// so the hardware described is exactly what a Deployment with <c>deploymentShape: versionName</c> gets. Fields the
/// service leaves out are left out.
/// </summary>
public static class DeploymentShapeDetails
{
    /// <param name="shape">The shape the version belongs to.</param>
    /// <param name="version">The version to describe (its snapshot supplies the shape fields).</param>
    public static ImmutableDictionary<string, PropertyValue> From(ShapeName shape, DeploymentShapeVersion version)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(version);
        var result = PropertyValue.EmptyMap.ToBuilder();
        result["name"] = PropertyValue.Create(shape.ToString());
        ServiceOutputs.Text(result, "versionName", version.Name);
        ServiceOutputs.Text(result, "versionCreateTime", version.CreateTime);
        if (version.Snapshot is not { } snapshot)
        {
            return result.ToImmutable();
        }

        ServiceOutputs.Text(result, "displayName", snapshot.DisplayName);
        ServiceOutputs.Text(result, "description", snapshot.Description);
        ServiceOutputs.Text(result, "baseModel", snapshot.BaseModel);
        ServiceOutputs.Text(result, "modelType", snapshot.ModelType);
        if (snapshot.ParameterCount is { } parameters)
        {
            // The schema types it as a number: an int64 beyond 2^53 loses its last digits, which a count can afford.
            result["parameterCount"] = PropertyValue.Create((double)parameters);
        }

        ServiceOutputs.Text(result, "acceleratorType", snapshot.AcceleratorType);
        ServiceOutputs.Integer(result, "acceleratorCount", snapshot.AcceleratorCount);
        ServiceOutputs.Text(result, "precision", snapshot.Precision);
        ServiceOutputs.Flag(result, "disableDeploymentSizeValidation", snapshot.DisableDeploymentSizeValidation);
        ServiceOutputs.Flag(result, "enableAddons", snapshot.EnableAddons);
        ServiceOutputs.Integer(result, "draftTokenCount", snapshot.DraftTokenCount);
        ServiceOutputs.Text(result, "draftModel", snapshot.DraftModel);
        ServiceOutputs.Integer(result, "ngramSpeculationLength", snapshot.NgramSpeculationLength);
        ServiceOutputs.Flag(result, "disableSpeculativeDecoding", snapshot.DisableSpeculativeDecoding);
        ServiceOutputs.Flag(result, "enableSessionAffinity", snapshot.EnableSessionAffinity);
        ServiceOutputs.Integer(result, "numLoraDeviceCached", snapshot.NumLoraDeviceCached);
        ServiceOutputs.Integer(result, "maxContextLength", snapshot.MaxContextLength);
        ServiceOutputs.Text(result, "presetType", snapshot.PresetType);
        return result.ToImmutable();
    }
}
