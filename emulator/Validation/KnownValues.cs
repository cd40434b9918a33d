using System.Collections.Frozen;

namespace Fireworks.Emulator.Validation;

/// <summary>
/// Enum values the 4.259.0 proto-JSON parser knows: the package schema's enums plus each enum's zero value. A value
/// outside these sets is a parse error there, so it is a 400 here. Regions are per emulator (see <see cref="RegionCatalog"/>).
/// </summary>
internal static class KnownValues
{
    public static readonly FrozenSet<string> AcceleratorTypes = FromSchema("fireworks:index:AcceleratorType", "ACCELERATOR_TYPE_UNSPECIFIED");

    public static readonly FrozenSet<string> Precisions = FromSchema("fireworks:index:Precision", "PRECISION_UNSPECIFIED");

    public static readonly FrozenSet<string> DirectRouteTypes = FromSchema("fireworks:index:DirectRouteType", "DIRECT_ROUTE_TYPE_UNSPECIFIED");

    public static readonly FrozenSet<string> HotLoadBucketTypes = FromSchema("fireworks:index:HotLoadBucketType", "BUCKET_TYPE_UNSPECIFIED");

    /// <summary>The 4.259.0 regions (schema values without a deprecation message) and <c>REGION_UNSPECIFIED</c>.</summary>
    public static readonly FrozenSet<string> SchemaRegions = FromSchema("fireworks:index:Region", "REGION_UNSPECIFIED");

    /// <summary>The multi-region groups and the region a deployment placed in one lands in (an emulator choice).</summary>
    public static readonly FrozenDictionary<string, string> MultiRegionPlacement = new Dictionary<string, string>
    {
        ["GLOBAL"] = "US_ARIZONA_1",
        ["US"] = "US_ARIZONA_1",
        ["EUROPE"] = "EU_FRANKFURT_1",
        ["APAC"] = "AP_TOKYO_1",
    }.ToFrozenDictionary();

    /// <summary>
    /// [!] SPEC 4.259.0 supports only <c>default</c>; the autoscaling docs list four more. The emulator accepts the five
    /// documented keys (clients sending only <c>default</c> are right either way) and refuses any other.
    /// </summary>
    public static readonly FrozenSet<string> LoadTargetKeys = FrozenSet.ToFrozenSet(
    [
        "default", "tokens_generated_per_second", "prompt_tokens_per_second", "requests_per_second", "concurrent_requests",
    ]);

    public static readonly FrozenSet<string> ShapePresetTypes = FrozenSet.ToFrozenSet(
    [
        "PRESET_TYPE_UNSPECIFIED", "MINIMAL", "FAST", "THROUGHPUT", "FULL_PRECISION", "AGENTIC_CODING", "CHAT", "SUMMARIZATION",
    ]);

    private static FrozenSet<string> FromSchema(string token, string zeroValue) =>
        FrozenSet.ToFrozenSet([zeroValue, .. SchemaEnums.Values(token)], StringComparer.Ordinal);
}
