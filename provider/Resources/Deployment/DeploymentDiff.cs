using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Diff for <c>fireworks:index:Deployment</c>: old checked inputs against new checked inputs (old outputs only
/// for resources without old inputs, e.g. imported ones), after normalization, so server rewrites and defaults
/// never show as changes. Paths and kinds only: no value (and so no direct-route key) is ever reported.
/// </summary>
public static class DeploymentDiff
{
    public static ResourceDiffResponse Diff(ResourceDiffRequest request)
    {
        var news = DeploymentDiffValues.Normalize(request.News);
        var olds = request.OldInputs.IsEmpty
            ? DeploymentDiffValues.FromOutputs(request.OldOutputs, request.News)
            : DeploymentDiffValues.Normalize(request.OldInputs);
        news = IgnoreChanges.Apply(news, olds, request.IgnoreChanges.IsDefault ? [] : request.IgnoreChanges);

        var detailed = ImmutableDictionary.CreateBuilder<string, PropertyDiff>(StringComparer.Ordinal);
        foreach (var name in Names.Inputs)
        {
            Compare(name, name, olds.GetValueOrDefault(name), news.GetValueOrDefault(name),
                Names.ReplaceOnChange.Contains(name), detailed);
        }

        if (detailed.Count == 0)
        {
            return ResourceDiffResponse.None;
        }

        var diffs = Names.Inputs.Where(name => detailed.Keys.Any(path => TopLevel(path) == name)).ToImmutableArray();
        var replaces = Names.Inputs.Where(name => detailed.Any(entry =>
            TopLevel(entry.Key) == name && IsReplace(entry.Value.Kind))).ToImmutableArray();
        return new ResourceDiffResponse(
            DiffChanges.Some,
            replaces,
            [],
            !replaces.IsEmpty && WouldCollide(olds, news, request.News),
            diffs,
            detailed.ToImmutable());
    }

    /// <summary>
    /// The replacement would be created with the same deploymentId while the old one still exists: only when the
    /// user chose the id (a generated id is re-generated for the replacement). A soft-deleted id would still block
    /// the create, so the lifecycle must delete hard before such a replacement.
    /// </summary>
    private static bool WouldCollide(ImmutableDictionary<string, PropertyValue> olds,
        ImmutableDictionary<string, PropertyValue> news, ImmutableDictionary<string, PropertyValue> rawNews)
    {
        if (!news.TryGetValue(Names.DeploymentId, out var newId) || newId.IsUnknown
            || !olds.TryGetValue(Names.DeploymentId, out var oldId) || !newId.Equals(oldId))
        {
            return false;
        }

        var defaulted = rawNews.TryGetValue(Names.Defaults, out var list) && list.Unwrap(out _).TryGetList(out var items)
            && items.Any(item => item.Unwrap(out _).TryGetString(out var text) && text == Names.DeploymentId);
        return !defaulted;
    }

    private static void Compare(string name, string path, PropertyValue? old, PropertyValue? @new, bool replace,
        ImmutableDictionary<string, PropertyDiff>.Builder detailed)
    {
        old = Collapse(old);
        @new = Collapse(@new);
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

        if (!@new.IsUnknown && old.TryGetMap(out var oldEntries) && @new.TryGetMap(out var newEntries)
            && name != Names.DirectRouteApiKeys)
        {
            foreach (var key in oldEntries.Keys.Union(newEntries.Keys).Order(StringComparer.Ordinal))
            {
                Compare(name, PropertyPath.Child(path, key), oldEntries.GetValueOrDefault(key),
                    newEntries.GetValueOrDefault(key), replace, detailed);
            }

            return;
        }

        if (@new.IsUnknown || !AreEqual(name, old, @new))
        {
            detailed[path] = new PropertyDiff(replace ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update, true);
        }
    }

    private static bool AreEqual(string name, PropertyValue old, PropertyValue @new) =>
        name == Names.DeploymentShape && old.TryGetString(out var oldShape) && @new.TryGetString(out var newShape)
            ? DeploymentShapeName.AreEquivalent(oldShape, newShape)
            : old.Equals(@new);

    private static PropertyValue? Collapse(PropertyValue? value) =>
        value is null || value.IsNull || (value.TryGetMap(out var entries) && entries.IsEmpty) ? null : value;

    private static bool IsReplace(PropertyDiffKind kind) =>
        kind is PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace or PropertyDiffKind.UpdateReplace;

    private static string TopLevel(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
