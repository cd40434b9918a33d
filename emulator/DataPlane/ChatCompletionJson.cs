namespace Fireworks.Emulator.DataPlane;

/// <summary>An OpenAI-shaped <c>chat.completion</c> response.</summary>
internal sealed class ChatCompletionJson
{
    public string Id { get; set; } = "";
    public string Object { get; set; } = "chat.completion";
    public long Created { get; set; }
    public string Model { get; set; } = "";
    public List<ChatChoiceJson> Choices { get; set; } = [];
    public UsageJson Usage { get; set; } = new();
}
