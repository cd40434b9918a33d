namespace Fireworks.Emulator.Wire;

/// <summary>The DeployedModel message (a LoRA addon loaded onto a deployment) in proto-JSON.</summary>
internal sealed class DeployedModelJson
{
    // Output only.
    public string? Name { get; set; }
    public string? CreateTime { get; set; }
    public string? UpdateTime { get; set; }
    public string? State { get; set; }
    public StatusJson? Status { get; set; }

    // Writable (model, deployment and serverless only on create).
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Model { get; set; }
    public string? Deployment { get; set; }
    public bool? Default { get; set; }
    public bool? Public { get; set; }
    public bool? Serverless { get; set; }
}
