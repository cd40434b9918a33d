using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The inputs a refresh reports, rebuilt from what the service holds. Limited to what the user declared (a value the
/// service filled in is not drift, so a refresh right after a create shows no diff); an object the service fills in
/// keeps only the declared fields. What the service does not report is kept from the old inputs: query flags and
/// knobs, values it withholds, zero values proto3 JSON leaves out, and replace-on-change values it does not echo
/// (their absence must never replace a resource on every run). A declared in-place value the service no longer
/// holds is drift: it is dropped, so the next update sets it again. <c>__defaults</c> comes from <c>held</c>.
/// </summary>
public static class RefreshInputs
{
    /// <param name="properties">The resource's inputs.</param>
    /// <param name="oldInputs">The checked inputs Pulumi recorded.</param>
    /// <param name="held">The inputs as the service holds them, in the form Check writes them (secrets wrapped).</param>
    public static ImmutableDictionary<string, PropertyValue> Rebuild(IEnumerable<IInputProperty> properties,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> held)
    {
        var result = PropertyValue.EmptyMap.ToBuilder();
        foreach (var property in properties)
        {
            if (!oldInputs.TryGetValue(property.Name, out var declared) || declared.Unwrap(out _).IsNull)
            {
                continue;
            }

            if (property.IsHeld && held.TryGetValue(property.Name, out var value))
            {
                result[property.Name] = property.ServerFillsFields ? DiffValues.PruneTo(value, declared) : value;
            }
            else if (!property.IsHeld || property.MayBeWithheld || DiffValues.IsZero(declared)
                     || property.Change == PropertyChange.Replace)
            {
                result[property.Name] = declared;
            }
        }

        if (held.TryGetValue(InternalKeys.Defaults, out var defaults))
        {
            result[InternalKeys.Defaults] = defaults;
        }

        return result.ToImmutable();
    }
}
