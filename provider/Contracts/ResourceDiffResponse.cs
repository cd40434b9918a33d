using System.Collections.Immutable;

namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>
/// The result of a diff. <see cref="DetailedDiff"/> is keyed by property path (<c>autoscalingPolicy.scaleUpWindow</c>,
/// <c>directRouteApiKeys[0]</c>); <see cref="Replaces"/> lists the top-level properties that force replacement.
/// </summary>
public sealed record ResourceDiffResponse(
    DiffChanges Changes,
    ImmutableArray<string> Replaces,
    ImmutableArray<string> Stables,
    bool DeleteBeforeReplace,
    ImmutableArray<string> Diffs,
    ImmutableDictionary<string, PropertyDiff> DetailedDiff)
{
    public static ResourceDiffResponse None { get; } = new(
        DiffChanges.None, [], [], false, [], ImmutableDictionary<string, PropertyDiff>.Empty);
}
