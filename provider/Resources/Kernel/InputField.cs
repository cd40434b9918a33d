namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// An <see cref="IInputProperty"/> declared as plain data, for resources whose inputs are read and written by hand
/// (scalars the service holds under the same name). Held by the service unless said otherwise.
/// </summary>
/// <param name="Name">The Pulumi property name.</param>
/// <param name="Change">What a change of the input does to the resource.</param>
public sealed record InputField(string Name, PropertyChange Change) : IInputProperty
{
    /// <inheritdoc/>
    public bool IsHeld { get; init; } = Change != PropertyChange.StateOnly;

    /// <inheritdoc/>
    public bool MayBeWithheld { get; init; }

    /// <inheritdoc/>
    public bool ServerFillsFields { get; init; }

    public override string ToString() => Name;
}
