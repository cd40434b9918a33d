using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>What a resource tells <see cref="InputDiffer"/>: which inputs to compare and how.</summary>
public sealed record DiffRules
{
    /// <summary>The inputs compared, in the order diffs list them.</summary>
    public required ImmutableArray<string> Inputs { get; init; }

    /// <summary>Inputs whose change replaces the resource.</summary>
    public ImmutableHashSet<string> ReplaceOnChange { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Object inputs compared as a whole rather than field by field.</summary>
    public ImmutableHashSet<string> Opaque { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Equality for a top-level input beyond plain equality (e.g. a versioned and an unversioned name).</summary>
    public Func<string, PropertyValue, PropertyValue, bool>? AreEquivalent { get; init; }

    /// <summary>The rules for <paramref name="properties"/>: compared in their order, replacing where their change does.</summary>
    public static DiffRules For(IEnumerable<IInputProperty> properties)
    {
        var list = properties.ToList();
        return new DiffRules
        {
            Inputs = [.. list.Select(property => property.Name)],
            ReplaceOnChange = list.Where(property => property.Change == PropertyChange.Replace).Select(property => property.Name)
                .ToImmutableHashSet(StringComparer.Ordinal),
        };
    }
}
