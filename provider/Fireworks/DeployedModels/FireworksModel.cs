namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// The part of a model (<c>GET …/models/{m}</c>, <c>gatewayModel</c>) a load needs: which base model a LoRA was
/// trained on. Every other field is ignored on read.
/// </summary>
public sealed record FireworksModel
{
    /// <summary>Full name, <c>accounts/{account}/models/{model}</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Set for PEFT (LoRA) models.</summary>
    public PeftDetails? PeftDetails { get; init; }
}
