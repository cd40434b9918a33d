using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Compares normalized old and new inputs (secrets unwrapped, defaults filled, canonical forms) by the resource's
/// <see cref="DiffRules"/>: objects field by field, everything else whole; an unknown new value is a change.
/// Reports paths and kinds only, never values.
/// </summary>
public static class InputDiffer
{
    public static ResourceDiffResponse Diff(ImmutableDictionary<string, PropertyValue> olds,
        ImmutableDictionary<string, PropertyValue> news, DiffRules rules, Func<ImmutableArray<string>, bool> deleteBeforeReplace)
    {
        var detailed = ImmutableDictionary.CreateBuilder<string, PropertyDiff>(StringComparer.Ordinal);
        foreach (var name in rules.Inputs)
        {
            Compare(name, name, olds.GetValueOrDefault(name), news.GetValueOrDefault(name), rules, detailed);
        }

        if (detailed.Count == 0)
        {
            return ResourceDiffResponse.None;
        }

        var diffs = rules.Inputs.Where(name => detailed.Keys.Any(path => DiffValues.TopLevel(path) == name)).ToImmutableArray();
        var replaces = rules.Inputs.Where(name => detailed.Any(entry =>
            DiffValues.TopLevel(entry.Key) == name && IsReplace(entry.Value.Kind))).ToImmutableArray();
        return new ResourceDiffResponse(DiffChanges.Some, replaces, [], !replaces.IsEmpty && deleteBeforeReplace(replaces),
            diffs, detailed.ToImmutable());
    }

    private static void Compare(string name, string path, PropertyValue? old, PropertyValue? @new, DiffRules rules,
        ImmutableDictionary<string, PropertyDiff>.Builder detailed)
    {
        var replace = rules.ReplaceOnChange.Contains(name);
        old = DiffValues.Collapse(old);
        @new = DiffValues.Collapse(@new);
        if (old is null && @new is null)
        {
            return;
        }

        if (old is null)
        {
            detailed[path] = new PropertyDiff(replace ? PropertyDiffKind.AddReplace : PropertyDiffKind.Add, true);
            return;
        }

        if (@new is null)
        {
            detailed[path] = new PropertyDiff(replace ? PropertyDiffKind.DeleteReplace : PropertyDiffKind.Delete, true);
            return;
        }

        if (!@new.IsUnknown && !rules.Opaque.Contains(name) && old.TryGetMap(out var oldEntries)
            && @new.TryGetMap(out var newEntries))
        {
            foreach (var key in oldEntries.Keys.Union(newEntries.Keys).Order(StringComparer.Ordinal))
            {
                Compare(name, PropertyPath.Child(path, key), oldEntries.GetValueOrDefault(key),
                    newEntries.GetValueOrDefault(key), rules, detailed);
            }

            return;
        }

        var equal = !@new.IsUnknown
                    && (old.Equals(@new) || (path == name && rules.AreEquivalent?.Invoke(name, old, @new) == true));
        if (!equal)
        {
            detailed[path] = new PropertyDiff(replace ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update, true);
        }
    }

    private static bool IsReplace(PropertyDiffKind kind) =>
        kind is PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace or PropertyDiffKind.UpdateReplace;
}
