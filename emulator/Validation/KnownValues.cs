using System.Collections.Frozen;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Enum values the real proto-JSON parser knows (fireworks-api.md §2, SDK of July 2026). A value outside these sets
/// is a parse error there, so it is a 400 here.
/// </summary>
internal static class KnownValues
{
    public static readonly FrozenSet<string> AcceleratorTypes = FrozenSet.ToFrozenSet(
    [
        "ACCELERATOR_TYPE_UNSPECIFIED", "NVIDIA_A100_80GB", "NVIDIA_H100_80GB", "AMD_MI300X_192GB", "NVIDIA_A10G_24GB",
        "NVIDIA_A100_40GB", "NVIDIA_L4_24GB", "NVIDIA_H200_141GB", "NVIDIA_B200_180GB", "AMD_MI325X_256GB",
        "AMD_MI350X_288GB", "NVIDIA_B300_288GB",
    ]);

    public static readonly FrozenSet<string> Precisions = FrozenSet.ToFrozenSet(
    [
        "PRECISION_UNSPECIFIED", "FP16", "FP8", "FP8_MM", "FP8_AR", "FP8_MM_KV_ATTN", "FP8_KV", "FP8_MM_V2", "FP8_V2",
        "FP8_MM_KV_ATTN_V2", "NF4", "FP4", "BF16", "FP4_BLOCKSCALED_MM", "FP4_MX_MOE",
    ]);

    public static readonly FrozenSet<string> Regions = FrozenSet.ToFrozenSet(
    [
        "REGION_UNSPECIFIED", "US_IOWA_1", "US_VIRGINIA_1", "US_VIRGINIA_2", "US_ILLINOIS_1", "AP_TOKYO_1", "EU_LONDON_1",
        "US_ARIZONA_1", "US_TEXAS_1", "US_ILLINOIS_2", "EU_FRANKFURT_1", "US_TEXAS_2", "EU_PARIS_1", "EU_HELSINKI_1",
        "US_NEVADA_1", "EU_ICELAND_1", "EU_ICELAND_2", "US_WASHINGTON_1", "US_WASHINGTON_2", "EU_ICELAND_DEV_1",
        "US_WASHINGTON_3", "US_ARIZONA_2", "AP_TOKYO_2", "US_CALIFORNIA_1", "US_MISSOURI_1", "US_UTAH_1", "US_TEXAS_3",
        "US_ARIZONA_3", "US_GEORGIA_1", "US_GEORGIA_2", "US_WASHINGTON_4", "US_GEORGIA_3", "NA_BRITISHCOLUMBIA_1",
        "US_GEORGIA_4", "EU_ICELAND_3", "US_OHIO_1", "US_NEWYORK_1",
    ]);

    /// <summary>Multi-region groups and the region the emulator places a deployment in (the group's first GA region; a choice, not a fact).</summary>
    public static readonly FrozenDictionary<string, string> MultiRegionPlacement = new Dictionary<string, string>
    {
        ["GLOBAL"] = "US_ARIZONA_1",
        ["US"] = "US_ARIZONA_1",
        ["EUROPE"] = "EU_FRANKFURT_1",
        ["APAC"] = "AP_TOKYO_1",
    }.ToFrozenDictionary();

    public static readonly FrozenSet<string> DirectRouteTypes = FrozenSet.ToFrozenSet(
    [
        "DIRECT_ROUTE_TYPE_UNSPECIFIED", "INTERNET", "GCP_PRIVATE_SERVICE_CONNECT", "AWS_PRIVATELINK",
    ]);

    public static readonly FrozenSet<string> LoadTargetKeys = FrozenSet.ToFrozenSet(
    [
        "default", "tokens_generated_per_second", "prompt_tokens_per_second", "requests_per_second", "concurrent_requests",
    ]);
}
