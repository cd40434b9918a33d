using System.Globalization;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// Waiting for a deployment to reach a target, as an explicit operation: <see cref="UpdateStatusAsync"/> polls once,
/// <see cref="WaitAsync"/> polls on an adaptive schedule until the target, a failure, the deadline or cancellation.
/// One waiter serves one caller (it is not meant to be shared between threads).
/// </summary>
public sealed class DeploymentWaiter
{
    private readonly SecretRedactor redactor;
    private readonly PollingWait<Deployment> wait;

    /// <summary>Creates a waiter; the clock for its timeout starts now.</summary>
    /// <param name="api">Where to read the deployment.</param>
    /// <param name="name">Deployment name or id.</param>
    /// <param name="target">What to wait for.</param>
    /// <param name="options">Schedule, timeout and progress callback; defaults when null.</param>
    /// <param name="timeProvider">Clock; the system clock when null.</param>
    public DeploymentWaiter(IDeploymentsApi api, string name, DeploymentWaitTarget target, DeploymentWaitOptions? options = null, TimeProvider? timeProvider = null)
        : this(api, name, target, options, timeProvider, new SecretRedactor([]))
    {
    }

    internal DeploymentWaiter(IDeploymentsApi api, string name, DeploymentWaitTarget target, DeploymentWaitOptions? options, TimeProvider? timeProvider, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.redactor = redactor;
        Name = name;
        Target = target;
        var settings = options ?? new DeploymentWaitOptions();
        wait = new PollingWait<Deployment>(
            token => api.GetDeploymentAsync(name, token),
            deployment => Target == DeploymentWaitTarget.Gone ? deployment is null || deployment.State == DeploymentStates.Deleted : IsReady(deployment),
            settings,
            timeProvider ?? TimeProvider.System,
            deployment => settings.Progress?.Report(new DeploymentWaitProgress(
                Name, deployment?.State, deployment?.ReplicaCount, deployment?.DesiredReplicaCount, deployment?.ReplicaStats, Elapsed, Polls)));
    }

    /// <summary>The deployment waited for.</summary>
    public string Name { get; }

    /// <summary>What the wait is for.</summary>
    public DeploymentWaitTarget Target { get; }

    /// <summary>The deployment as last read; null before the first poll or when it was not found.</summary>
    public Deployment? Current => wait.Current;

    /// <summary>True once the target was reached.</summary>
    public bool HasCompleted => wait.HasCompleted;

    /// <summary>Polls made so far.</summary>
    public int Polls => wait.Polls;

    /// <summary>Time since the waiter was created.</summary>
    public TimeSpan Elapsed => wait.Elapsed;

    /// <summary>Reads the deployment once and reports progress.</summary>
    /// <returns>True when the target has been reached.</returns>
    /// <exception cref="DeploymentFailedException">Waiting for READY, and the deployment failed, is being deleted or is gone.</exception>
    public Task<bool> UpdateStatusAsync(CancellationToken cancellationToken = default) => wait.UpdateStatusAsync(cancellationToken);

    /// <summary>Polls until the target is reached.</summary>
    /// <returns>The deployment when waiting for READY; null when waiting for it to be gone.</returns>
    /// <exception cref="DeploymentFailedException">Waiting for READY, and the deployment failed, is being deleted or is gone.</exception>
    /// <exception cref="DeploymentWaitTimeoutException">The timeout passed first.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<Deployment?> WaitAsync(CancellationToken cancellationToken = default)
    {
        var last = await wait.WaitAsync(elapsed => new DeploymentWaitTimeoutException(
            Name,
            Target,
            elapsed,
            Current,
            $"Timed out after {Seconds(elapsed)} waiting for deployment {Name} to be {TargetText}; last state: {Current?.State ?? "not found"}."),
            cancellationToken).ConfigureAwait(false);
        return Target == DeploymentWaitTarget.Ready ? last : null;
    }

    private string TargetText => Target == DeploymentWaitTarget.Ready ? "READY" : "deleted";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s";

    private bool IsReady(Deployment? deployment)
    {
        if (deployment is null)
        {
            throw Failure(null, $"Deployment {Name} was not found while waiting for it to be READY.");
        }

        switch (deployment.State)
        {
            case DeploymentStates.Ready:
                return true;
            case DeploymentStates.Failed:
                throw Failure(deployment, $"Deployment {Name} failed");
            // A deployment on its way out will never become READY; waiting on would only burn the deadline.
            case DeploymentStates.Deleting or DeploymentStates.Deleted:
                throw Failure(deployment, $"Deployment {Name} is {deployment.State} while waiting for it to be READY");
            default:
                return false;
        }
    }

    private DeploymentFailedException Failure(Deployment? deployment, string text)
    {
        var scoped = redactor.With(deployment?.DirectRouteApiKeys);
        var code = deployment?.Status?.Code;
        var statusMessage = scoped.Redact(deployment?.Status?.Message);
        var message = deployment is null ? text : $"{text} (state {deployment.State}, status {code ?? "unknown"}): {statusMessage ?? "no message"}";
        return new DeploymentFailedException(Name, deployment?.State, code, statusMessage, deployment, scoped.Redact(message)!);
    }
}
