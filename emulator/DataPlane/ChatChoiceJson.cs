using System.Text.Json.Serialization;

namespace Fireworks.Emulator.DataPlane;

/// <summary>One choice of a chat completion.</summary>
internal sealed class ChatChoiceJson
{
    public int Index { get; set; }
    public ChatMessageJson Message { get; set; } = new();

    [JsonPropertyName("finish_reason")]
    public string FinishReason { get; set; } = "stop";
}
