using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// What the Deployment resource needs from the provider. <see cref="AccountId"/> is null until the provider is
/// configured (then previews leave <c>name</c> unknown). <see cref="Deployments"/> is null without credentials:
/// previews still work, every real call fails with a message naming the missing API key.
/// </summary>
public sealed record DeploymentResourceOptions(string? AccountId, TimeProvider TimeProvider, IEngineLog Log)
{
    /// <summary>The Fireworks deployments API; null when no API key is configured.</summary>
    public IDeploymentsApi? Deployments { get; init; }

    /// <summary>How long Create waits for READY when the engine sends no timeout (firectl's default wait is 1 h).</summary>
    public TimeSpan DefaultCreateTimeout { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>How long Update waits for READY when the engine sends no timeout.</summary>
    public TimeSpan DefaultUpdateTimeout { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>How long Delete waits for the deployment to be gone when the engine sends no timeout.</summary>
    public TimeSpan DefaultDeleteTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// After a PATCH, how long a READY that shows no sign of the change (no UPDATING, no newer updateTime) is
    /// distrusted: the service may report the old READY for a moment before it starts rolling out.
    /// </summary>
    public TimeSpan UpdateSettleGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause between checks while settling an update or waiting to retry a refused delete.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The deployments this process was told about (shared by every configuration of the process).</summary>
    public ResourceSightings Sightings { get; init; } = new();

    /// <summary>Finds what interrupted creates left behind (lists the account once per process).</summary>
    public InterruptedCreates InterruptedCreates { get; init; } = new();

    /// <summary>Poll settings for waits (timeout and progress are set per call).</summary>
    public DeploymentWaitOptions WaitOptions { get; init; } = new();
}
