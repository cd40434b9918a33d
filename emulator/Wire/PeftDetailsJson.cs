namespace Fireworks.Emulator.Wire;

/// <summary>A PEFT (LoRA) model's details: the base model it must be loaded onto.</summary>
internal sealed class PeftDetailsJson
{
    public string? BaseModel { get; set; }
}
