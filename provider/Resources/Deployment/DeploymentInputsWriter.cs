using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>Turns <see cref="DeploymentInputs"/> back into a property map (durations in canonical form).</summary>
internal static class DeploymentInputsWriter
{
    public static ImmutableDictionary<string, PropertyValue> Write(DeploymentInputs inputs)
    {
        var map = PropertyValue.EmptyMap.ToBuilder();
        Add(map, Names.BaseModel, inputs.BaseModel, PropertyValue.Create);
        Add(map, Names.DeploymentId, inputs.DeploymentId, PropertyValue.Create);
        Add(map, Names.DisplayName, inputs.DisplayName, PropertyValue.Create);
        Add(map, Names.Description, inputs.Description, PropertyValue.Create);
        Add(map, Names.AcceleratorType, inputs.AcceleratorType, PropertyValue.Create);
        Add(map, Names.AcceleratorCount, inputs.AcceleratorCount, Number);
        Add(map, Names.Precision, inputs.Precision, PropertyValue.Create);
        Add(map, Names.DeploymentShape, inputs.DeploymentShape, PropertyValue.Create);
        Add(map, Names.MinReplicaCount, inputs.MinReplicaCount, Number);
        Add(map, Names.MaxReplicaCount, inputs.MaxReplicaCount, Number);
        Add(map, Names.AutoscalingPolicy, inputs.AutoscalingPolicy, Policy);
        Add(map, Names.Region, inputs.Region, PropertyValue.Create);
        Add(map, Names.MultiRegion, inputs.MultiRegion, PropertyValue.Create);
        Add(map, Names.Regions, inputs.Regions, StringList);
        Add(map, Names.DirectRouteType, inputs.DirectRouteType, PropertyValue.Create);
        Add(map, Names.DirectRouteApiKeys, inputs.DirectRouteApiKeys, StringList);
        Add(map, Names.EnableAddons, inputs.EnableAddons, PropertyValue.Create);
        Add(map, Names.MaxContextLength, inputs.MaxContextLength, Number);
        Add(map, Names.DraftModel, inputs.DraftModel, PropertyValue.Create);
        Add(map, Names.DraftTokenCount, inputs.DraftTokenCount, Number);
        Add(map, Names.NgramSpeculationLength, inputs.NgramSpeculationLength, Number);
        Add(map, Names.Annotations, inputs.Annotations, StringMap);
        Add(map, Names.WaitForReady, inputs.WaitForReady, PropertyValue.Create);
        Add(map, Names.HardDelete, inputs.HardDelete, PropertyValue.Create);
        Add(map, Names.IgnoreChecksOnDelete, inputs.IgnoreChecksOnDelete, PropertyValue.Create);

        foreach (var name in inputs.SecretProperties)
        {
            if (map.TryGetValue(name, out var value) && !value.IsSecret)
            {
                map[name] = PropertyValue.CreateSecret(value);
            }
        }

        if (!inputs.DefaultedProperties.IsEmpty)
        {
            map[Names.Defaults] = PropertyValue.CreateList(
                inputs.DefaultedProperties.Order(StringComparer.Ordinal).Select(PropertyValue.Create));
        }

        return map.ToImmutable();
    }

    private static void Add<T>(ImmutableDictionary<string, PropertyValue>.Builder map, string name, Known<T>? value,
        Func<T, PropertyValue> convert)
    {
        if (value is not null)
        {
            map[name] = value.IsKnown ? convert(value.Value) : value.Raw!;
        }
    }

    private static PropertyValue Number(int value) => PropertyValue.Create(value);

    private static PropertyValue StringList(IReadOnlyList<string> items) =>
        PropertyValue.CreateList(items.Select(PropertyValue.Create));

    private static PropertyValue StringMap(IReadOnlyDictionary<string, string> entries) =>
        PropertyValue.CreateMap(entries.Select(entry =>
            KeyValuePair.Create(entry.Key, PropertyValue.Create(entry.Value))));

    private static PropertyValue Policy(AutoscalingPolicyInput policy)
    {
        var map = PropertyValue.EmptyMap.ToBuilder();
        Add(map, Names.ScaleUpWindow, policy.ScaleUpWindow, Duration);
        Add(map, Names.ScaleDownWindow, policy.ScaleDownWindow, Duration);
        Add(map, Names.ScaleToZeroWindow, policy.ScaleToZeroWindow, Duration);
        Add(map, Names.LoadTargets, policy.LoadTargets, targets => PropertyValue.CreateMap(targets.Select(entry =>
            KeyValuePair.Create(entry.Key, PropertyValue.Create(entry.Value)))));
        return PropertyValue.CreateMap(map);
    }

    private static PropertyValue Duration(TimeSpan value) => PropertyValue.Create(DurationText.Format(value));
}
