namespace Fireworks.Emulator;

/// <summary>An accelerator type Fireworks does not offer for a base model: creating such a deployment is refused.</summary>
/// <param name="BaseModel">The base model, <c>accounts/{account}/models/{model}</c>.</param>
/// <param name="AcceleratorType">The accelerator type, e.g. <c>NVIDIA_A10G_24GB</c>.</param>
public sealed record UnavailableAccelerator(string BaseModel, string AcceleratorType);
