namespace Fireworks.Emulator.DataPlane;

/// <summary>A chat message.</summary>
internal sealed class ChatMessageJson
{
    public string Role { get; set; } = "assistant";
    public string Content { get; set; } = "";
}
