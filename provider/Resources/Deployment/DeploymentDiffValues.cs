using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Brings inputs into the form Diff compares: secrets unwrapped (Diff reports only paths and kinds, never values),
/// null and empty collections dropped, behaviour defaults filled, durations canonical, key and region lists sorted
/// (their order carries no meaning; inferred: Fireworks may return them reordered). Unknowns stay unknown.
/// </summary>
public static class DeploymentDiffValues
{
    private static readonly ImmutableHashSet<string> UnorderedLists =
        ImmutableHashSet.Create(StringComparer.Ordinal, Names.Regions, Names.DirectRouteApiKeys);

    public static ImmutableDictionary<string, PropertyValue> Normalize(ImmutableDictionary<string, PropertyValue> inputs)
    {
        var result = PropertyValue.EmptyMap.ToBuilder();
        foreach (var name in Names.Inputs)
        {
            if (inputs.TryGetValue(name, out var value) && Normalize(name, Plain(value)) is { } normalized)
            {
                result[name] = normalized;
            }
        }

        SetDefault(result, Names.WaitForReady, DeploymentDefaults.WaitForReady);
        SetDefault(result, Names.HardDelete, DeploymentDefaults.HardDelete);
        SetDefault(result, Names.IgnoreChecksOnDelete, DeploymentDefaults.IgnoreChecksOnDelete);
        return result.ToImmutable();
    }

    /// <summary>
    /// Old inputs rebuilt from old outputs (imported resources have no old inputs). Outputs hold what the service
    /// filled in too, so only what the new inputs declare is kept: a value the user never set is not a change.
    /// </summary>
    public static ImmutableDictionary<string, PropertyValue> FromOutputs(
        ImmutableDictionary<string, PropertyValue> outputs, ImmutableDictionary<string, PropertyValue> news)
    {
        var olds = Normalize(outputs);
        if (!olds.ContainsKey(Names.DeploymentId) && outputs.TryGetValue(Names.Name, out var name)
            && name.Unwrap(out _).TryGetString(out var fullName) && fullName.Contains('/'))
        {
            olds = olds.SetItem(Names.DeploymentId, PropertyValue.Create(fullName[(fullName.LastIndexOf('/') + 1)..]));
        }

        var declared = Normalize(news);
        var pruned = PropertyValue.EmptyMap.ToBuilder();
        foreach (var (key, value) in olds)
        {
            if (declared.TryGetValue(key, out var wanted))
            {
                pruned[key] = PruneTo(value, wanted);
            }
        }

        return pruned.ToImmutable();
    }

    /// <summary>The value with every secret and output wrapper removed, at any depth.</summary>
    public static PropertyValue Plain(PropertyValue value)
    {
        var inner = value.Unwrap(out _);
        if (inner.TryGetList(out var items))
        {
            return PropertyValue.CreateList(items.Select(Plain));
        }

        if (inner.TryGetMap(out var entries))
        {
            return PropertyValue.CreateMap(entries.Select(entry => KeyValuePair.Create(entry.Key, Plain(entry.Value))));
        }

        return inner;
    }

    private static PropertyValue? Normalize(string name, PropertyValue value)
    {
        if (value.IsNull)
        {
            return null;
        }

        if (value.TryGetMap(out var entries))
        {
            var kept = entries.Where(entry => !entry.Value.IsNull)
                .Select(entry => KeyValuePair.Create(entry.Key, NormalizeNested(name, entry.Key, entry.Value)))
                .Where(entry => entry.Value is not null)
                .Select(entry => KeyValuePair.Create(entry.Key, entry.Value!))
                .ToList();
            return kept.Count == 0 ? null : PropertyValue.CreateMap(kept);
        }

        if (value.TryGetList(out var items))
        {
            if (items.IsEmpty)
            {
                return null;
            }

            if (value.ContainsUnknowns())
            {
                return PropertyValue.Unknown;
            }

            return UnorderedLists.Contains(name) && items.All(item => item.Kind == PropertyValueKind.String)
                ? PropertyValue.CreateList(items.OrderBy(item => item.TryGetString(out var s) ? s : string.Empty,
                    StringComparer.Ordinal))
                : value;
        }

        return value;
    }

    private static PropertyValue? NormalizeNested(string parent, string key, PropertyValue value)
    {
        if (parent == Names.AutoscalingPolicy)
        {
            if (key is Names.ScaleUpWindow or Names.ScaleDownWindow or Names.ScaleToZeroWindow
                && value.TryGetString(out var text) && DurationText.Normalize(text) is { } canonical)
            {
                return PropertyValue.Create(canonical);
            }

            if (key == Names.LoadTargets)
            {
                return Normalize(Names.LoadTargets, value);
            }
        }

        return value;
    }

    private static PropertyValue PruneTo(PropertyValue old, PropertyValue wanted)
    {
        if (!old.TryGetMap(out var oldEntries) || !wanted.TryGetMap(out var wantedEntries))
        {
            return old;
        }

        return PropertyValue.CreateMap(oldEntries
            .Where(entry => wantedEntries.ContainsKey(entry.Key))
            .Select(entry => KeyValuePair.Create(entry.Key, PruneTo(entry.Value, wantedEntries[entry.Key]))));
    }

    private static void SetDefault(ImmutableDictionary<string, PropertyValue>.Builder map, string name, bool value)
    {
        if (!map.ContainsKey(name))
        {
            map[name] = PropertyValue.Create(value);
        }
    }
}
