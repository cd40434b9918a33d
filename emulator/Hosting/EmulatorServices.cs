using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.Diagnostics;
using Fireworks.Emulator.Faults;
using Fireworks.Emulator.State;

namespace Fireworks.Emulator.Hosting;

/// <summary>The emulator's state, shared by the HTTP pipeline and the in-process API.</summary>
internal sealed class EmulatorServices
{
    public EmulatorServices(EmulatorOptions options)
    {
        Random = new RandomSource(options.RandomSeed);
        var lifecycle = new Lifecycle(options);
        Deployments = new DeploymentService(options, new DeploymentStore(lifecycle), new DeploymentRenderer(options), Random);
        foreach (var rule in options.Faults)
        {
            Faults.Add(rule);
        }
    }

    public RandomSource Random { get; }

    public DeploymentService Deployments { get; }

    public FaultInjector Faults { get; } = new();

    public RequestLog RequestLog { get; } = new();
}
