using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// The inputs Read reports, rebuilt from the service's state. On refresh they are limited to what the user
/// declared (a value the service filled in is not drift), keep the user's spelling where the service only
/// rewrote it (a versioned shape), and carry write-only keys, knobs and <c>__defaults</c> from the old inputs, so a
/// refresh right after a create shows no diff. On import every writable field the service reports is returned.
/// </summary>
public static class DeploymentReadInputs
{
    public static ImmutableDictionary<string, PropertyValue> ForRefresh(FireworksDeployment deployment,
        ImmutableDictionary<string, PropertyValue> oldInputs)
    {
        var old = DeploymentInputsParser.Parse(oldInputs, new CheckFailureCollector());
        var state = DeploymentServerState.ToInputs(deployment);
        state = state with
        {
            DeploymentShape = SameShape(old.DeploymentShape, state.DeploymentShape) ? old.DeploymentShape : state.DeploymentShape,
            DirectRouteApiKeys = state.DirectRouteApiKeys ?? old.DirectRouteApiKeys,
            WaitForReady = old.WaitForReady,
            HardDelete = old.HardDelete,
            IgnoreChecksOnDelete = old.IgnoreChecksOnDelete,
            SecretProperties = old.SecretProperties,
            DefaultedProperties = old.DefaultedProperties,
        };

        var result = PropertyValue.EmptyMap.ToBuilder();
        foreach (var (key, value) in state.ToPropertyMap())
        {
            if (key == Names.Defaults || DeploymentSpecBuilder.ProviderOnly.Contains(key))
            {
                result[key] = value;
            }
            else if (oldInputs.TryGetValue(key, out var declared) && !declared.Unwrap(out _).IsNull)
            {
                result[key] = key == Names.AutoscalingPolicy ? PruneTo(value, declared) : value;
            }
        }

        // proto3 JSON leaves zero values out, so a declared 0, false or "" the service does not mention is what it
        // holds; dropping it would show a change on every refresh and re-send it on every update.
        foreach (var (key, declared) in oldInputs)
        {
            if (!result.ContainsKey(key) && Names.Inputs.Contains(key) && !DeploymentSpecBuilder.ProviderOnly.Contains(key)
                && IsZero(declared))
            {
                result[key] = declared;
            }
        }

        return result.ToImmutable();
    }

    public static ImmutableDictionary<string, PropertyValue> ForImport(FireworksDeployment deployment)
    {
        var state = DeploymentServerState.ToInputs(deployment);

        // With a shape the service fills acceleratorType in, but refuses a request that sets both.
        if (state.DeploymentShape is not null)
        {
            state = state with { AcceleratorType = null };
        }

        return state.ToPropertyMap().RemoveRange(DeploymentSpecBuilder.ProviderOnly);
    }

    private static bool IsZero(PropertyValue value)
    {
        var plain = value.Unwrap(out _);
        return (plain.TryGetNumber(out var number) && number == 0)
               || (plain.TryGetBool(out var flag) && !flag)
               || (plain.TryGetString(out var text) && text.Length == 0);
    }

    private static bool SameShape(Known<string>? old, Known<string>? current) =>
        old is { IsKnown: true } && current is { IsKnown: true }
        && DeploymentShapeName.AreEquivalent(old.Value, current.Value);

    /// <summary>Keeps only the nested fields the user declared (the service fills every window in).</summary>
    private static PropertyValue PruneTo(PropertyValue value, PropertyValue declared)
    {
        var secret = value.IsSecret;
        if (!value.Unwrap(out _).TryGetMap(out var entries) || !declared.Unwrap(out _).TryGetMap(out var wanted))
        {
            return value;
        }

        var pruned = PropertyValue.CreateMap(entries.Where(entry =>
            wanted.TryGetValue(entry.Key, out var field) && !field.Unwrap(out _).IsNull));
        return secret ? PropertyValue.CreateSecret(pruned) : pruned;
    }
}
