namespace Fireworks.Emulator.State;

/// <summary>What loading a LoRA does once the load delay has passed.</summary>
internal enum LoadOutcome
{
    Deploy,
    Fail,
    Vanish,
}
