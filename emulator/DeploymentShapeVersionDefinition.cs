namespace Fireworks.Emulator;

/// <summary>One version of a <see cref="DeploymentShapeDefinition"/>: the hardware a deployment with this shape gets.</summary>
public sealed record DeploymentShapeVersionDefinition
{
    /// <summary>The version id (8 lower-case letters or digits); null picks a random one.</summary>
    public string? VersionId { get; set; }

    /// <summary>Whether Fireworks validated this version; deployments need a validated one unless <c>skipShapeValidation</c>.</summary>
    public bool Validated { get; set; } = true;

    /// <summary>Whether the version is public.</summary>
    public bool Public { get; set; } = true;

    /// <summary>The base model the shape is for; null lets any base model use it (an emulator convenience).</summary>
    public string? BaseModel { get; set; }

    /// <summary>The accelerator type deployments with this version get.</summary>
    public string AcceleratorType { get; set; } = "NVIDIA_H100_80GB";

    /// <summary>Accelerators per replica.</summary>
    public int AcceleratorCount { get; set; } = 1;

    /// <summary>The serving precision, e.g. <c>FP8</c>; null leaves it unset.</summary>
    public string? Precision { get; set; }

    /// <summary>Whether deployments with this version can load LoRA addons (MULTI_LORA).</summary>
    public bool EnableAddons { get; set; }

    /// <summary>The preset, e.g. <c>MINIMAL</c>, <c>FAST</c>, <c>THROUGHPUT</c>.</summary>
    public string? PresetType { get; set; }

    /// <summary>The context length the shape serves; null leaves it unset.</summary>
    public int? MaxContextLength { get; set; }

    /// <summary>The base model's parameter count (served as an int64 string).</summary>
    public long? ParameterCount { get; set; }
}
