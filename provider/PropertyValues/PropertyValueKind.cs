namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>What a <see cref="PropertyValue"/> holds.</summary>
public enum PropertyValueKind
{
    Null,
    Bool,
    Number,
    String,
    List,
    Map,

    /// <summary>A value marked secret; <see cref="PropertyValue.TryGetSecret"/> gives the inner value.</summary>
    Secret,

    /// <summary>A value not known yet (only during preview).</summary>
    Unknown,

    /// <summary>An output value: a value (or unknown), a secret flag and the URNs it depends on.</summary>
    Output,

    /// <summary>An asset, carried through as its fields (without the signature key).</summary>
    Asset,

    /// <summary>An archive, carried through as its fields (without the signature key).</summary>
    Archive,

    /// <summary>A resource reference, carried through as its fields (without the signature key).</summary>
    ResourceReference,
}
