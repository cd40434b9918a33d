namespace Fireworks.Emulator.Wire;

/// <summary>A model's reference to one of its deployed models (output only, filled by GetModel).</summary>
internal sealed class DeployedModelRefJson
{
    public string? Name { get; set; }
    public string? Deployment { get; set; }
    public string? State { get; set; }
    public bool? Default { get; set; }
    public bool? Public { get; set; }
}
