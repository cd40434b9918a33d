using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>A <see cref="DeploymentProperty"/> of a value type <typeparamref name="T"/>.</summary>
public sealed record DeploymentProperty<T>(
    string Name,
    PropertyChange Change,
    Func<DeploymentInputs, Known<T>?> Get,
    Func<DeploymentInputs, Known<T>?, DeploymentInputs> Set,
    Func<InputReader, string, Known<T>?> Reader,
    Func<T, PropertyValue> Writer) : DeploymentProperty(Name, Change)
{
    /// <summary>Puts a known value into a request body; null when the body has no field for it.</summary>
    public Func<DeploymentSpec, T, DeploymentSpec>? Send { get; init; }

    /// <summary>The update body for a removed value (what the service resets it to); null: never updated in place.</summary>
    public Func<DeploymentSpec, DeploymentInputs, DeploymentSpec>? Reset { get; init; }

    /// <summary>The value as Fireworks holds it; null when Fireworks does not report it.</summary>
    public Func<FireworksDeployment, Known<T>?>? Held { get; init; }

    public override bool IsSent => Send is not null;

    public override bool IsHeld => Held is not null;

    public override DeploymentInputs Read(InputReader reader, DeploymentInputs inputs) => Set(inputs, Reader(reader, Name));

    public override void Write(InputWriter writer, DeploymentInputs inputs) => writer.Add(Name, Get(inputs), Writer);

    public override bool IsSet(DeploymentInputs inputs) => Get(inputs) is not null;

    public override DeploymentSpec ToCreate(DeploymentSpec spec, DeploymentInputs inputs) =>
        Send is not null && Get(inputs) is { IsKnown: true } value ? Send(spec, value.Value) : spec;

    public override DeploymentSpec ToUpdate(DeploymentSpec spec, DeploymentInputs inputs) =>
        Send is null ? spec
        : Get(inputs) is { IsKnown: true } value ? Send(spec, value.Value)
        : Reset is not null ? Reset(spec, inputs)
        : spec;

    public override DeploymentInputs FromService(DeploymentInputs inputs, FireworksDeployment deployment) =>
        Held is null ? inputs : Set(inputs, Held(deployment));

    public override DeploymentInputs CopyFrom(DeploymentInputs inputs, DeploymentInputs source) => Set(inputs, Get(source));
}
