using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class DeploymentShapeDetailsTests
{
    private static readonly ShapeName Shape = ShapeName.Parse("accounts/fireworks/deploymentShapes/llama-minimal");

    private static readonly DeploymentShapeVersion Full = new()
    {
        Name = $"{Shape}/versions/mnml8b01",
        CreateTime = "2026-01-01T00:00:00Z",
        Validated = true,
        Public = true,
        LatestValidated = true,
        Snapshot = new DeploymentShape
        {
            Name = Shape.ToString(),
            DisplayName = "Llama minimal",
            Description = "one GPU",
            CreateTime = "2025-06-01T00:00:00Z",
            UpdateTime = "2026-01-01T00:00:00Z",
            BaseModel = DeploymentProps.Model,
            ModelType = "LLM",
            ParameterCount = 8_030_261_248,
            AcceleratorCount = 1,
            AcceleratorType = "NVIDIA_H100_80GB",
            Precision = "FP8",
            DisableDeploymentSizeValidation = false,
            EnableAddons = true,
            DraftTokenCount = 4,
            DraftModel = "accounts/fireworks/models/draft",
            NgramSpeculationLength = 3,
            DisableSpeculativeDecoding = false,
            EnableSessionAffinity = false,
            NumLoraDeviceCached = 2,
            MaxContextLength = 131072,
            PresetType = "MINIMAL",
        },
    };

    [Fact]
    public void From_AFullVersion_HasExactlyThePropertiesOfTheSchemasDeploymentShapeDetails()
    {
        var details = DeploymentShapeDetails.From(Shape, Full);

        Assert.Equal(FunctionSchema.TypeProperties("fireworks:index:DeploymentShapeDetails"),
            details.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(FunctionSchema.Outputs(GetDeploymentShapeFunction.FunctionToken),
            details.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_NamesTheShapeAndTheVersionAndTakesTheHardwareFromTheSnapshot()
    {
        var details = DeploymentShapeDetails.From(Shape, Full);

        Assert.Equal(PropertyValue.Create(Shape.ToString()), details["name"]);
        Assert.Equal(PropertyValue.Create($"{Shape}/versions/mnml8b01"), details["versionName"]);
        Assert.Equal(PropertyValue.Create("2026-01-01T00:00:00Z"), details["versionCreateTime"]);
        Assert.Equal(PropertyValue.Create("NVIDIA_H100_80GB"), details["acceleratorType"]);
        Assert.Equal(PropertyValue.Create(1), details["acceleratorCount"]);
        Assert.Equal(PropertyValue.Create(8_030_261_248d), details["parameterCount"]);
        Assert.Equal(PropertyValue.False, details["disableSpeculativeDecoding"]);
    }

    [Fact]
    public void From_AVersionWithoutSnapshot_HasOnlyTheNames()
    {
        var details = DeploymentShapeDetails.From(Shape, Full with { Snapshot = null });

        Assert.Equal(["name", "versionCreateTime", "versionName"], details.Keys.Order(StringComparer.Ordinal));
    }
}
