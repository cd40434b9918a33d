namespace Fireworks.Emulator.Wire;

/// <summary>One immutable version of a deployment shape.</summary>
internal sealed class DeploymentShapeVersionJson
{
    public string? Name { get; set; }
    public string? CreateTime { get; set; }
    public DeploymentShapeJson? Snapshot { get; set; }
    public bool? Validated { get; set; }
    public bool? Public { get; set; }
    public bool? LatestValidated { get; set; }
}
