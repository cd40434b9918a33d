namespace Fireworks.Emulator.State;

/// <summary>
/// The public shapes every emulator starts with (account <c>fireworks</c>), covering the cases clients must handle:
/// one validated version; a newer unvalidated version with other hardware than the latest validated one; no
/// validated version at all; LoRA addons enabled; and <c>small</c>, which any base model may use.
/// </summary>
internal static class ShapeSeeds
{
    public const string Llama8b = "accounts/fireworks/models/llama-v3p1-8b-instruct";
    public const string GptOss120b = "accounts/fireworks/models/gpt-oss-120b";
    private const string Prefix = "accounts/fireworks/deploymentShapes/";

    public static IReadOnlyList<DeploymentShapeDefinition> All { get; } =
    [
        Shape("llama-v3p1-8b-instruct-minimal", "Llama 3.1 8B Instruct, minimal",
            Version("mnml8b01", Llama8b, "NVIDIA_H100_80GB", 1, "FP8", "MINIMAL", enableAddons: true, parameters: 8_030_261_248)),
        Shape("llama-v3p1-8b-instruct-throughput", "Llama 3.1 8B Instruct, throughput",
            Version("thru8b01", Llama8b, "NVIDIA_H100_80GB", 1, "FP8", "THROUGHPUT", parameters: 8_030_261_248),
            Version("thru8b02", Llama8b, "NVIDIA_H200_141GB", 2, "FP8", "THROUGHPUT", validated: false, parameters: 8_030_261_248)),
        Shape("llama-v3p1-8b-instruct-fast", "Llama 3.1 8B Instruct, fast (not validated yet)",
            Version("fast8b01", Llama8b, "NVIDIA_H100_80GB", 2, "FP8", "FAST", validated: false, parameters: 8_030_261_248)),
        Shape("gpt-oss-120b-minimal", "gpt-oss-120b, minimal",
            Version("gpto1201", GptOss120b, "NVIDIA_H100_80GB", 1, "FP4_MX_MOE", "MINIMAL", parameters: 116_829_156_672)),
        Shape("gpt-oss-120b-throughput", "gpt-oss-120b, throughput",
            Version("gpto1202", GptOss120b, "NVIDIA_B200_180GB", 2, "FP8", "THROUGHPUT", parameters: 116_829_156_672)),
        Shape("small", "Small (any base model; an emulator convenience)",
            Version("smll0001", null, "NVIDIA_H100_80GB", 1, null, "MINIMAL", parameters: null)),
    ];

    private static DeploymentShapeDefinition Shape(string id, string displayName, params DeploymentShapeVersionDefinition[] versions) =>
        new() { Name = Prefix + id, DisplayName = displayName, Versions = versions };

    private static DeploymentShapeVersionDefinition Version(
        string id, string? baseModel, string accelerator, int count, string? precision, string preset,
        bool validated = true, bool enableAddons = false, long? parameters = null) => new()
        {
            VersionId = id,
            BaseModel = baseModel,
            AcceleratorType = accelerator,
            AcceleratorCount = count,
            Precision = precision,
            PresetType = preset,
            Validated = validated,
            EnableAddons = enableAddons,
            ParameterCount = parameters,
            MaxContextLength = 131072,
        };
}
