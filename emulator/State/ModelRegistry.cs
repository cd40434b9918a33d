using System.Text.RegularExpressions;

namespace Fireworks.Emulator.State;

/// <summary>
/// The LoRA models the emulator knows (a LoRA must name its base model before it can be loaded); thread-safe. Seeded
/// with a few LoRAs in the emulated account.
/// </summary>
internal sealed partial class ModelRegistry(string accountId)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredModel> models = new(StringComparer.Ordinal);

    [GeneratedRegex("^accounts/[^/]+/models/[^/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelName();

    /// <summary>The LoRAs every emulator starts with (account-relative ids and their base models).</summary>
    public static IReadOnlyList<(string Id, string BaseModel)> Seeds { get; } =
    [
        ("chat-lora", ShapeSeeds.Llama8b),
        ("support-lora", ShapeSeeds.Llama8b),
        ("oss-lora", ShapeSeeds.GptOss120b),
        ("chat-lora-fail-load", ShapeSeeds.Llama8b),
        ("chat-lora-vanish-load", ShapeSeeds.Llama8b),
    ];

    /// <summary>Adds or replaces a model.</summary>
    /// <exception cref="ArgumentException">A name or the load outcome is malformed.</exception>
    public StoredModel Add(LoraModel model, DateTimeOffset at)
    {
        var name = model.Name.Contains('/', StringComparison.Ordinal) ? model.Name : $"accounts/{accountId}/models/{model.Name}";
        if (!ModelName().IsMatch(name) || !ModelName().IsMatch(model.BaseModel ?? ""))
        {
            throw new ArgumentException("name and baseModel must be model names of the form accounts/<account>/models/<model>");
        }

        var outcome = model.LoadOutcome switch
        {
            null => name.Contains("fail-load", StringComparison.Ordinal) ? LoadOutcome.Fail
                : name.Contains("vanish-load", StringComparison.Ordinal) ? LoadOutcome.Vanish
                : LoadOutcome.Deploy,
            "deploy" => LoadOutcome.Deploy,
            "fail" => LoadOutcome.Fail,
            "vanish" => LoadOutcome.Vanish,
            var other => throw new ArgumentException($"loadOutcome \"{other}\" must be deploy, fail or vanish"),
        };
        var stored = new StoredModel(name, model.BaseModel!, model.DisplayName ?? name[(name.LastIndexOf('/') + 1)..], outcome, at);
        lock (gate)
        {
            models[name] = stored;
        }

        return stored;
    }

    public StoredModel? Find(string name)
    {
        lock (gate)
        {
            return models.GetValueOrDefault(name);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            models.Clear();
        }
    }
}
