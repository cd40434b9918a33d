using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Brings inputs into the form Diff compares: parsed and written back (canonical durations and timestamps, behaviour
/// defaults filled), secrets unwrapped (Diff reports only paths and kinds, never values), unordered lists sorted
/// (inferred: Fireworks may return them reordered). Unknowns stay unknown.
/// </summary>
public static class DeploymentDiffValues
{
    public static ImmutableDictionary<string, PropertyValue> Normalize(ImmutableDictionary<string, PropertyValue> inputs)
    {
        var canonical = DeploymentInputsParser.Parse(inputs, new CheckFailureCollector()).ToPropertyMap();
        var result = PropertyValue.EmptyMap.ToBuilder();
        foreach (var property in DeploymentProperties.All)
        {
            if (canonical.TryGetValue(property.Name, out var value))
            {
                var plain = DiffValues.Plain(value);
                result[property.Name] = property.Unordered ? DiffValues.SortedStrings(plain) : plain;
            }
        }

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
            && name.Unwrap(out _).TryGetString(out var fullName) && DeploymentProperties.IdOf(fullName) is { } id)
        {
            olds = olds.SetItem(Names.DeploymentId, PropertyValue.Create(id));
        }

        var declared = Normalize(news);
        return olds.Where(entry => declared.ContainsKey(entry.Key))
            .ToImmutableDictionary(entry => entry.Key, entry => DiffValues.PruneTo(entry.Value, declared[entry.Key]),
                StringComparer.Ordinal);
    }

    /// <summary>The value with every secret and output wrapper removed, at any depth.</summary>
    public static PropertyValue Plain(PropertyValue value) => DiffValues.Plain(value);
}
