namespace Fireworks.Emulator.Wire;

/// <summary>The parts of the Model message the emulator serves: a LoRA's base model and where it is loaded.</summary>
internal sealed class ModelJson
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? CreateTime { get; set; }
    public string? State { get; set; }
    public string? Kind { get; set; }
    public PeftDetailsJson? PeftDetails { get; set; }
    public List<DeployedModelRefJson>? DeployedModelRefs { get; set; }
}
