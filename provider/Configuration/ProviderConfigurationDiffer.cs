using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>
/// DiffConfig: which configuration keys changed. A provider replacement would replace every Fireworks deployment it
/// manages, and no configuration change makes old deployments unmanageable in a way a replacement would fix, so
/// this never asks for one: a changed key is an in-place update of the provider.
/// </summary>
public static class ProviderConfigurationDiffer
{
    public static ResourceDiffResponse Diff(ResourceDiffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Old checked inputs are what the user wrote; old outputs are the fallback for engines that send none.
        var olds = request.OldInputs.Count > 0 ? request.OldInputs : request.OldOutputs;
        var ignored = request.IgnoreChanges.IsDefault ? [] : request.IgnoreChanges;
        var changed = olds.Keys.Union(request.News.Keys, StringComparer.Ordinal)
            .Where(key => key != "version" && !key.StartsWith("__", StringComparison.Ordinal))
            .Where(key => !ignored.Contains(key, StringComparer.Ordinal))
            .Where(key => !SameValue(olds.GetValueOrDefault(key), request.News.GetValueOrDefault(key)))
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

        if (changed.IsEmpty)
        {
            return ResourceDiffResponse.None;
        }

        var detailed = changed.ToImmutableDictionary(
            key => key,
            key => new PropertyDiff(
                !olds.ContainsKey(key) ? PropertyDiffKind.Add
                : !request.News.ContainsKey(key) ? PropertyDiffKind.Delete
                : PropertyDiffKind.Update,
                InputDiff: true),
            StringComparer.Ordinal);
        return new ResourceDiffResponse(DiffChanges.Some, [], [], false, changed, detailed);
    }

    private static bool SameValue(PropertyValue? old, PropertyValue? @new)
    {
        var oldValue = old?.Unwrap(out _) ?? PropertyValue.Null;
        var newValue = @new?.Unwrap(out _) ?? PropertyValue.Null;
        return !newValue.ContainsUnknowns() && oldValue.Equals(newValue);
    }
}
