namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>The PEFT (LoRA) part of a model (<c>gatewayPEFTDetails</c>).</summary>
public sealed record PeftDetails
{
    /// <summary>The base model the LoRA was trained on; deployments it loads onto must serve it.</summary>
    public string? BaseModel { get; init; }
}
