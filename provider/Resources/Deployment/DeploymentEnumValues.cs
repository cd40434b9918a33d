using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Enum values Fireworks documents (July 2026). Region, acceleratorType and precision are open: Fireworks adds
/// values, so an unlisted but well-formed value passes; multiRegion and directRouteType are closed.
/// </summary>
public static partial class DeploymentEnumValues
{
    public static ImmutableArray<string> AcceleratorTypes { get; } =
    [
        "NVIDIA_A100_80GB", "NVIDIA_H100_80GB", "AMD_MI300X_192GB", "NVIDIA_A10G_24GB", "NVIDIA_A100_40GB",
        "NVIDIA_L4_24GB", "NVIDIA_H200_141GB", "NVIDIA_B200_180GB", "AMD_MI325X_256GB", "AMD_MI350X_288GB",
        "NVIDIA_B300_288GB",
    ];

    public static ImmutableArray<string> Precisions { get; } =
    [
        "FP16", "FP8", "FP8_MM", "FP8_AR", "FP8_MM_KV_ATTN", "FP8_KV", "FP8_MM_V2", "FP8_V2", "FP8_MM_KV_ATTN_V2",
        "NF4", "FP4", "BF16", "FP4_BLOCKSCALED_MM", "FP4_MX_MOE",
    ];

    public static ImmutableArray<string> Regions { get; } =
    [
        "US_IOWA_1", "US_VIRGINIA_1", "US_VIRGINIA_2", "US_ILLINOIS_1", "AP_TOKYO_1", "EU_LONDON_1", "US_ARIZONA_1",
        "US_TEXAS_1", "US_ILLINOIS_2", "EU_FRANKFURT_1", "US_TEXAS_2", "EU_PARIS_1", "EU_HELSINKI_1", "US_NEVADA_1",
        "EU_ICELAND_1", "EU_ICELAND_2", "US_WASHINGTON_1", "US_WASHINGTON_2", "EU_ICELAND_DEV_1", "US_WASHINGTON_3",
        "US_ARIZONA_2", "AP_TOKYO_2", "US_CALIFORNIA_1", "US_MISSOURI_1", "US_UTAH_1", "US_TEXAS_3", "US_ARIZONA_3",
        "US_GEORGIA_1", "US_GEORGIA_2", "US_WASHINGTON_4", "US_GEORGIA_3", "NA_BRITISHCOLUMBIA_1", "US_GEORGIA_4",
        "EU_ICELAND_3", "US_OHIO_1", "US_NEWYORK_1",
    ];

    public static ImmutableArray<string> MultiRegions { get; } = ["GLOBAL", "US", "EUROPE", "APAC"];

    public static ImmutableArray<string> DirectRouteTypes { get; } =
        ["INTERNET", "GCP_PRIVATE_SERVICE_CONNECT", "AWS_PRIVATELINK"];

    public static ImmutableArray<string> LoadTargetKeys { get; } =
    [
        "default", "tokens_generated_per_second", "prompt_tokens_per_second", "requests_per_second",
        "concurrent_requests",
    ];

    /// <summary>The shape of a protobuf enum value name: upper-case words joined by underscores.</summary>
    public static bool IsWellFormedEnumName(string value) => EnumName().IsMatch(value);

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnumName();
}
