using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// The enum values Check knows, read from the package schema's enum types (the one place the lists live). All of
/// them are open: Fireworks adds values, so an unlisted but well-formed value passes with a warning and the service
/// decides.
/// </summary>
public static partial class DeploymentEnumValues
{
    public static SchemaEnum AcceleratorTypes => SchemaEnum.Of("fireworks:index:AcceleratorType");

    public static SchemaEnum Precisions => SchemaEnum.Of("fireworks:index:Precision");

    /// <summary>The regions of API 4.259.0; the deprecated ones are older names the spec no longer lists.</summary>
    public static SchemaEnum Regions => SchemaEnum.Of("fireworks:index:Region");

    public static SchemaEnum MultiRegions => SchemaEnum.Of("fireworks:index:MultiRegion");

    public static SchemaEnum DirectRouteTypes => SchemaEnum.Of("fireworks:index:DirectRouteType");

    public static SchemaEnum HotLoadBucketTypes => SchemaEnum.Of("fireworks:index:HotLoadBucketType");

    /// <summary>
    /// Load-target keys the autoscaling docs list. [!] Spec 4.259.0 says only <c>default</c> is supported; the docs
    /// list five, so the five pass and the service decides.
    /// </summary>
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
