using System.Text.Json;

namespace Fireworks.Emulator.DataPlane;

/// <summary>Deterministic OpenAI-shaped answers that name the deployment, so a client can prove which route it hit.</summary>
internal static class CompletionResponder
{
    /// <summary>The answer's text; <paramref name="addon"/> names the LoRA model that served it, if one did.</summary>
    public static string ContentFor(string deploymentId, string? addon = null) =>
        addon is null ? $"Hello from {deploymentId} (emulated)" : $"Hello from {deploymentId} via {addon} (emulated)";

    public static ChatCompletionJson Chat(string deploymentId, string? addon, string model, JsonElement body, long created, string id)
    {
        var content = ContentFor(deploymentId, addon);
        var prompt = body.TryGetProperty("messages", out var messages) ? messages.GetRawText() : "";
        return new ChatCompletionJson
        {
            Id = "chatcmpl-" + id,
            Created = created,
            Model = model,
            Choices = [new ChatChoiceJson { Index = 0, Message = new ChatMessageJson { Role = "assistant", Content = content } }],
            Usage = Usage(prompt, content),
        };
    }

    public static TextCompletionJson Text(string deploymentId, string? addon, string model, JsonElement body, long created, string id)
    {
        var content = ContentFor(deploymentId, addon);
        var prompt = body.TryGetProperty("prompt", out var value) ? value.GetRawText() : "";
        return new TextCompletionJson
        {
            Id = "cmpl-" + id,
            Created = created,
            Model = model,
            Choices = [new TextChoiceJson { Index = 0, Text = content }],
            Usage = Usage(prompt, content),
        };
    }

    /// <summary>A crude, deterministic token estimate (about four characters per token).</summary>
    private static UsageJson Usage(string prompt, string completion)
    {
        var promptTokens = (prompt.Length + 3) / 4;
        var completionTokens = (completion.Length + 3) / 4;
        return new UsageJson { PromptTokens = promptTokens, CompletionTokens = completionTokens, TotalTokens = promptTokens + completionTokens };
    }
}
