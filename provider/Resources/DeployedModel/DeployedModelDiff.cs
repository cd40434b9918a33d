using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// Diff for <c>fireworks:index:DeployedModel</c>: the new checked inputs against the old ones (the old outputs for a
/// state without old inputs). Values the service fills in never show as changes: an unset <c>default</c> is
/// whatever the service decided (the first addon of a model becomes its default by itself), and an in-place input
/// the user starts to set compares with what the service held until now. Paths and kinds only, never values.
/// </summary>
public static class DeployedModelDiff
{
    public static ResourceDiffResponse Diff(ResourceDiffRequest request, string? accountId)
    {
        var news = Normalize(request.News, accountId);
        var olds = request.OldInputs.IsEmpty
            ? Normalize(request.OldOutputs, accountId).Where(entry => news.ContainsKey(entry.Key)).ToImmutableDictionary()
            : Normalize(request.OldInputs, accountId);
        var held = Normalize(request.OldOutputs, accountId);
        foreach (var field in DeployedModelFields.Updatable.Where(field => news.ContainsKey(field.Name) && !olds.ContainsKey(field.Name)))
        {
            if (held.TryGetValue(field.Name, out var value))
            {
                olds = olds.SetItem(field.Name, value);
            }
        }

        if (!news.ContainsKey(DeployedModelFields.Default.Name))
        {
            olds = olds.Remove(DeployedModelFields.Default.Name);
        }

        news = IgnoreChanges.Apply(news, olds, request.IgnoreChanges.IsDefault ? [] : request.IgnoreChanges);

        // The replacement is a different (model, deployment) pair, so it can be loaded before the old one is unloaded.
        return InputDiffer.Diff(olds, news, DiffRules.For(DeployedModelFields.Inputs), _ => false);
    }

    /// <summary>Parsed and written back (a bare deployment id completed), secrets unwrapped; unknowns stay unknown.</summary>
    public static ImmutableDictionary<string, PropertyValue> Normalize(ImmutableDictionary<string, PropertyValue> properties,
        string? accountId)
    {
        var known = properties.Where(entry => DeployedModelFields.ByName.ContainsKey(entry.Key))
            .ToImmutableDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var inputs = DeployedModelInputs.Read(known, new CheckFailureCollector());
        if (DeployedModelInputs.Text(inputs.Deployment) is { } deployment
            && DeployedModelTargets.TryDeployment(deployment, accountId, out var fullName))
        {
            inputs = inputs with { Deployment = Known<string>.Of(fullName) };
        }

        return inputs.ToPropertyMap().ToImmutableDictionary(entry => entry.Key, entry => DiffValues.Plain(entry.Value),
            StringComparer.Ordinal);
    }
}
