namespace Fireworks.Emulator;

/// <summary>
/// A LoRA (PEFT addon) model the emulator's model registry knows, so that it can be loaded onto deployments of its
/// base model. The same shape is the JSON body of <c>POST /admin/models</c>.
/// </summary>
public sealed record LoraModel
{
    /// <summary><c>accounts/{account}/models/{model}</c>, or a short id in the emulated account.</summary>
    public required string Name { get; init; }

    /// <summary>The base model the LoRA was trained on, <c>accounts/{account}/models/{model}</c>.</summary>
    public required string BaseModel { get; init; }

    /// <summary>A display name; defaults to the model id.</summary>
    public string? DisplayName { get; init; }

    /// <summary>
    /// What a load does after <see cref="EmulatorOptions.LoadDelay"/>: <c>deploy</c> (the default; names containing
    /// <c>fail-load</c> or <c>vanish-load</c> default to those outcomes), <c>fail</c> (DEPLOYING → STATE_UNSPECIFIED
    /// with status INTERNAL) or <c>vanish</c> (the deployed-model record disappears).
    /// </summary>
    public string? LoadOutcome { get; init; }
}
