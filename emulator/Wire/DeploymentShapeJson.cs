namespace Fireworks.Emulator.Wire;

/// <summary>The DeploymentShape message (also a version's <c>snapshot</c>). <c>parameterCount</c> is an int64, so a JSON string.</summary>
internal sealed class DeploymentShapeJson
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? CreateTime { get; set; }
    public string? UpdateTime { get; set; }
    public string? BaseModel { get; set; }
    public string? ModelType { get; set; }
    public string? ParameterCount { get; set; }
    public int? AcceleratorCount { get; set; }
    public string? AcceleratorType { get; set; }
    public string? Precision { get; set; }
    public bool? DisableDeploymentSizeValidation { get; set; }
    public bool? EnableAddons { get; set; }
    public int? DraftTokenCount { get; set; }
    public string? DraftModel { get; set; }
    public int? NgramSpeculationLength { get; set; }
    public bool? DisableSpeculativeDecoding { get; set; }
    public bool? EnableSessionAffinity { get; set; }
    public int? NumLoraDeviceCached { get; set; }
    public int? MaxContextLength { get; set; }
    public string? PresetType { get; set; }
}
