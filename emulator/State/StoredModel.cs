namespace Fireworks.Emulator.State;

/// <summary>A LoRA model in the registry.</summary>
internal sealed record StoredModel(string Name, string BaseModel, string DisplayName, LoadOutcome Outcome, DateTimeOffset CreateTime);
