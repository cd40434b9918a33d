using System.Globalization;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.State;

/// <summary>Shapes and versions in their wire form.</summary>
internal static class ShapeRenderer
{
    /// <summary>The shape as <c>GET …/deploymentShapes/{s}</c> returns it: the content of <paramref name="version"/>.</summary>
    public static DeploymentShapeJson Shape(StoredShape shape, StoredShapeVersion version)
    {
        var definition = version.Definition;
        return new DeploymentShapeJson
        {
            Name = shape.Name,
            DisplayName = shape.DisplayName,
            Description = shape.Description,
            CreateTime = ProtoTimestamp.Format(shape.CreateTime),
            UpdateTime = ProtoTimestamp.Format(version.CreateTime),
            BaseModel = definition.BaseModel,
            ParameterCount = definition.ParameterCount?.ToString(CultureInfo.InvariantCulture),
            AcceleratorCount = definition.AcceleratorCount,
            AcceleratorType = definition.AcceleratorType,
            Precision = definition.Precision ?? "PRECISION_UNSPECIFIED",
            EnableAddons = definition.EnableAddons,
            MaxContextLength = definition.MaxContextLength,
            PresetType = definition.PresetType ?? "PRESET_TYPE_UNSPECIFIED",
        };
    }

    public static DeploymentShapeVersionJson Version(StoredShape shape, StoredShapeVersion version) => new()
    {
        Name = shape.VersionName(version),
        CreateTime = ProtoTimestamp.Format(version.CreateTime),
        Snapshot = Shape(shape, version),
        Validated = version.Definition.Validated,
        Public = version.Definition.Public,
        LatestValidated = ReferenceEquals(shape.LatestValidated, version),
    };
}
