using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// What the DeployedModel resource needs from the provider. <see cref="AccountId"/> is null until the provider is
/// configured. The APIs are null without credentials: Check, Diff and previews still work, every real call fails
/// with a message naming the missing API key.
/// </summary>
public sealed record DeployedModelResourceOptions(string? AccountId, TimeProvider TimeProvider, IEngineLog Log)
{
    /// <summary>The deployed-models API; null when no API key is configured.</summary>
    public IDeployedModelsApi? DeployedModels { get; init; }

    /// <summary>The deployments API (a load first checks its deployment); null when no API key is configured.</summary>
    public IDeploymentsApi? Deployments { get; init; }

    /// <summary>How long a load, an update or an unload waits when the engine sends no timeout (firectl's default).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How many load requests one create sends at most. Another one goes out only when the previous got no answer
    /// and a look-up of the (model, deployment) pair found nothing.
    /// </summary>
    public int MaxLoadRequests { get; init; } = 3;

    /// <summary>Pause before an unload refused during a transition is asked again.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Poll settings of the addon's waits (timeout and progress are set per call).</summary>
    public DeployedModelWaitOptions WaitOptions { get; init; } = new();

    /// <summary>Poll settings of the wait for the deployment to be READY before a load.</summary>
    public DeploymentWaitOptions DeploymentWaitOptions { get; init; } = new();
}
