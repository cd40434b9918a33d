namespace Fireworks.Emulator.Wire;

/// <summary>Serving auto-tuning switches.</summary>
internal sealed class AutoTuneJson
{
    public bool? LongPrompt { get; set; }
}
