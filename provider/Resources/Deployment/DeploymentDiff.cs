using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Diff for <c>fireworks:index:Deployment</c>: old checked inputs against new checked inputs (old outputs only
/// for resources without old inputs, e.g. imported ones), after normalization, so server rewrites and defaults
/// never show as changes. Paths and kinds only: no value (and so no direct-route key) is ever reported.
/// </summary>
public static class DeploymentDiff
{
    private static readonly DiffRules Rules = new()
    {
        Inputs = DeploymentProperties.InputNames,
        ReplaceOnChange = DeploymentProperties.ReplaceOnChange,
        Opaque = ImmutableHashSet.Create(StringComparer.Ordinal, Names.DirectRouteApiKeys),
        AreEquivalent = (name, old, @new) =>
            name == Names.DeploymentShape && old.TryGetString(out var oldShape) && @new.TryGetString(out var newShape)
            && DeploymentShapeName.AreEquivalent(oldShape, newShape),
    };

    public static ResourceDiffResponse Diff(ResourceDiffRequest request)
    {
        var news = DeploymentDiffValues.Normalize(request.News);
        var olds = request.OldInputs.IsEmpty
            ? DeploymentDiffValues.FromOutputs(request.OldOutputs, request.News)
            : DeploymentDiffValues.Normalize(request.OldInputs);
        news = IgnoreChanges.Apply(news, olds, request.IgnoreChanges.IsDefault ? [] : request.IgnoreChanges);
        return InputDiffer.Diff(olds, news, Rules, _ => WouldCollide(olds, news, request.News));
    }

    /// <summary>
    /// The replacement would be created with the same deploymentId while the old one still exists: only when the
    /// user chose the id (a generated id is re-generated for the replacement). A soft-deleted id would still block
    /// the create, so the lifecycle must delete hard before such a replacement.
    /// </summary>
    private static bool WouldCollide(ImmutableDictionary<string, PropertyValue> olds,
        ImmutableDictionary<string, PropertyValue> news, ImmutableDictionary<string, PropertyValue> rawNews) =>
        news.TryGetValue(Names.DeploymentId, out var newId) && !newId.IsUnknown
        && olds.TryGetValue(Names.DeploymentId, out var oldId) && newId.Equals(oldId)
        && !DiffValues.Defaulted(rawNews).Contains(Names.DeploymentId);
}
