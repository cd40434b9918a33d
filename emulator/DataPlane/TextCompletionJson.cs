namespace Fireworks.Emulator.DataPlane;

/// <summary>An OpenAI-shaped <c>text_completion</c> response.</summary>
internal sealed class TextCompletionJson
{
    public string Id { get; set; } = "";
    public string Object { get; set; } = "text_completion";
    public long Created { get; set; }
    public string Model { get; set; } = "";
    public List<TextChoiceJson> Choices { get; set; } = [];
    public UsageJson Usage { get; set; } = new();
}
