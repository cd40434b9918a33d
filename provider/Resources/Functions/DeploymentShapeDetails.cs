using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.PropertyValues;

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
        Set(result, "versionName", version.Name);
        Set(result, "versionCreateTime", version.CreateTime);
        if (version.Snapshot is not { } snapshot)
        {
            return result.ToImmutable();
        }

        Set(result, "displayName", snapshot.DisplayName);
        Set(result, "description", snapshot.Description);
        Set(result, "baseModel", snapshot.BaseModel);
        Set(result, "modelType", snapshot.ModelType);
        if (snapshot.ParameterCount is { } parameters)
        {
            // The schema types it as a number: an int64 beyond 2^53 loses its last digits, which a count can afford.
            result["parameterCount"] = PropertyValue.Create((double)parameters);
        }

        Set(result, "acceleratorType", snapshot.AcceleratorType);
        Set(result, "acceleratorCount", snapshot.AcceleratorCount);
        Set(result, "precision", snapshot.Precision);
        Set(result, "disableDeploymentSizeValidation", snapshot.DisableDeploymentSizeValidation);
        Set(result, "enableAddons", snapshot.EnableAddons);
        Set(result, "draftTokenCount", snapshot.DraftTokenCount);
        Set(result, "draftModel", snapshot.DraftModel);
        Set(result, "ngramSpeculationLength", snapshot.NgramSpeculationLength);
        Set(result, "disableSpeculativeDecoding", snapshot.DisableSpeculativeDecoding);
        Set(result, "enableSessionAffinity", snapshot.EnableSessionAffinity);
        Set(result, "numLoraDeviceCached", snapshot.NumLoraDeviceCached);
        Set(result, "maxContextLength", snapshot.MaxContextLength);
        Set(result, "presetType", snapshot.PresetType);
        return result.ToImmutable();
    }

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder result, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            result[key] = PropertyValue.Create(value);
        }
    }

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder result, string key, int? value)
    {
        if (value is { } number)
        {
            result[key] = PropertyValue.Create(number);
        }
    }

    private static void Set(ImmutableDictionary<string, PropertyValue>.Builder result, string key, bool? value)
    {
        if (value is { } flag)
        {
            result[key] = PropertyValue.Create(flag);
        }
    }
}
