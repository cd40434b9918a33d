namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// What the kernel needs to know about one input of a resource to rebuild inputs from the service's record
/// (<see cref="RefreshInputs"/>) and to compare them: its name, what a change does, and how the service holds it.
/// </summary>
public interface IInputProperty
{
    /// <summary>The Pulumi property name.</summary>
    string Name { get; }

    /// <summary>What a change of the input does to the resource.</summary>
    PropertyChange Change { get; }

    /// <summary>Whether Fireworks reports it back (false for query flags and provider knobs: those are carried).</summary>
    bool IsHeld { get; }

    /// <summary>The service may leave it out of its answers (a secret it does not echo): a missing value is not drift.</summary>
    bool MayBeWithheld { get; }

    /// <summary>An object whose fields the service fills in when the user leaves them out (refresh keeps the declared ones).</summary>
    bool ServerFillsFields { get; }
}
