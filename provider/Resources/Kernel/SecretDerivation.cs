using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Which outputs derive from which inputs, written down once per resource so that a secret input keeps every output
/// derived from it secret (in state, previews and partial failures). An output is secret when an input of the same
/// name is secret, when one of its <see cref="Sources"/> is, when it is in <see cref="FromEveryInput"/> (free text
/// the service may fill with any input, such as a status message) and any input is, or when it was secret before.
/// </summary>
public sealed record SecretDerivation
{
    /// <summary>Output → the inputs (besides the one of the same name) its value is computed from.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Sources { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Outputs that may quote any input.</summary>
    public ImmutableHashSet<string> FromEveryInput { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Inputs the provider strips from the <see cref="FromEveryInput"/> outputs (e.g. keys redacted from a message).</summary>
    public ImmutableHashSet<string> RedactedFromText { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>The inputs <paramref name="output"/> derives from (its own name included).</summary>
    public IEnumerable<string> SourcesOf(string output) => [output, .. Sources.GetValueOrDefault(output, [])];

    /// <summary>The top-level names of <paramref name="map"/> whose value is secret in whole or in part.</summary>
    public static ImmutableHashSet<string> SecretNames(ImmutableDictionary<string, PropertyValue> map) =>
        map.Where(entry => !InternalKeys.IsInternal(entry.Key) && entry.Value.ContainsSecrets())
            .Select(entry => entry.Key).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The outputs with every derived output wrapped as a secret.</summary>
    /// <param name="outputs">The outputs to return.</param>
    /// <param name="inputs">The inputs they were computed from.</param>
    /// <param name="previous">The previous outputs (refresh, update); a secret output stays secret.</param>
    public ImmutableDictionary<string, PropertyValue> Apply(ImmutableDictionary<string, PropertyValue> outputs,
        ImmutableDictionary<string, PropertyValue> inputs, ImmutableDictionary<string, PropertyValue>? previous = null)
    {
        var secretInputs = SecretNames(inputs);
        var wasSecret = previous is null ? ImmutableHashSet<string>.Empty : SecretNames(previous);
        if (secretInputs.IsEmpty && wasSecret.IsEmpty)
        {
            return outputs;
        }

        var result = outputs.ToBuilder();
        foreach (var (name, value) in outputs)
        {
            if (value.IsSecret || value.IsNull)
            {
                continue;
            }

            var derived = wasSecret.Contains(name)
                          || SourcesOf(name).Any(secretInputs.Contains)
                          || (FromEveryInput.Contains(name) && !secretInputs.Except(RedactedFromText).IsEmpty);
            if (derived)
            {
                result[name] = PropertyValue.CreateSecret(value.ContainsSecrets() ? DiffValues.Plain(value) : value);
            }
        }

        return result.ToImmutable();
    }
}
