using System.Text.Json.Serialization;

namespace Fireworks.Emulator.DataPlane;

/// <summary>Token usage of a completion.</summary>
internal sealed class UsageJson
{
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; set; }

    [JsonPropertyName("completion_tokens")]
    public int CompletionTokens { get; set; }

    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; set; }
}
