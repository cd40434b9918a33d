using System.Text.Json.Serialization;

namespace Fireworks.Emulator.DataPlane;

/// <summary>One choice of a text completion.</summary>
internal sealed class TextChoiceJson
{
    public int Index { get; set; }
    public string Text { get; set; } = "";

    [JsonPropertyName("finish_reason")]
    public string FinishReason { get; set; } = "stop";
}
