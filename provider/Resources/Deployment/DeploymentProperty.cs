using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// One input of the Deployment, declared once: its name and change behaviour, how it is read from and written to a
/// property map, where it goes in a create or update body, and where Fireworks holds it. See
/// <see cref="DeploymentProperties"/> for the table and <see cref="DeploymentProperty{T}"/> for the typed form.
/// </summary>
public abstract record DeploymentProperty(string Name, PropertyChange Change) : IInputProperty
{
    /// <summary>Always secret, whatever the program says (direct-route keys).</summary>
    public bool AlwaysSecret { get; init; }

    /// <summary>The service may leave it out of its answers (a secret it does not echo): a missing value is not drift.</summary>
    public bool MayBeWithheld { get; init; }

    /// <summary>A list whose order carries no meaning (diffs compare it sorted).</summary>
    public bool Unordered { get; init; }

    /// <summary>An object whose fields the service fills in when the user leaves them out (refresh keeps the declared ones).</summary>
    public bool ServerFillsFields { get; init; }

    /// <summary>Whether the create and update bodies carry it (false for query flags and provider knobs).</summary>
    public abstract bool IsSent { get; }

    /// <summary>Whether Fireworks reports it back (false for query flags and provider knobs: those are carried).</summary>
    public abstract bool IsHeld { get; }

    public abstract DeploymentInputs Read(InputReader reader, DeploymentInputs inputs);

    public abstract void Write(InputWriter writer, DeploymentInputs inputs);

    public abstract bool IsSet(DeploymentInputs inputs);

    /// <summary>The create body with this property, when it is set and known.</summary>
    public abstract DeploymentSpec ToCreate(DeploymentSpec spec, DeploymentInputs inputs);

    /// <summary>The update body with this property's new value, or its reset value when it was removed.</summary>
    public abstract DeploymentSpec ToUpdate(DeploymentSpec spec, DeploymentInputs inputs);

    /// <summary>The inputs with this property as Fireworks holds it (unchanged when Fireworks does not report it).</summary>
    public abstract DeploymentInputs FromService(DeploymentInputs inputs, FireworksDeployment deployment);

    /// <summary>The inputs with this property copied from <paramref name="source"/>.</summary>
    public abstract DeploymentInputs CopyFrom(DeploymentInputs inputs, DeploymentInputs source);
}
