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
    private readonly IDeploymentsApi api;
    private readonly DeploymentWaitOptions options;
    private readonly TimeProvider timeProvider;
    private readonly SecretRedactor redactor;
    private readonly long started;

    // Rate gate: this waiter's reads are polls (served after mutations); the gate tells it its share of a short budget.
    private readonly Poller poller = new();

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
        this.api = api;
        this.options = options ?? new DeploymentWaitOptions();
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.redactor = redactor;
        Name = name;
        Target = target;
        started = this.timeProvider.GetTimestamp();
    }

    /// <summary>The deployment waited for.</summary>
    public string Name { get; }

    /// <summary>What the wait is for.</summary>
    public DeploymentWaitTarget Target { get; }

    /// <summary>The deployment as last read; null before the first poll or when it was not found.</summary>
    public Deployment? Current { get; private set; }

    /// <summary>True once the target was reached.</summary>
    public bool HasCompleted { get; private set; }

    /// <summary>Polls made so far.</summary>
    public int Polls { get; private set; }

    /// <summary>Time since the waiter was created.</summary>
    public TimeSpan Elapsed => timeProvider.GetElapsedTime(started);

    /// <summary>Reads the deployment once and reports progress.</summary>
    /// <returns>True when the target has been reached.</returns>
    /// <exception cref="DeploymentFailedException">Waiting for READY, and the deployment failed, is being deleted or is gone.</exception>
    public async Task<bool> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        Deployment? deployment;
        using (poller.Enter())
        {
            deployment = await api.GetDeploymentAsync(Name, cancellationToken).ConfigureAwait(false);
        }

        Current = deployment;
        Polls++;
        options.Progress?.Report(new DeploymentWaitProgress(
            Name, deployment?.State, deployment?.ReplicaCount, deployment?.DesiredReplicaCount, deployment?.ReplicaStats, Elapsed, Polls));

        HasCompleted = Target switch
        {
            DeploymentWaitTarget.Gone => deployment is null || deployment.State == DeploymentStates.Deleted,
            _ => IsReady(deployment),
        };
        return HasCompleted;
    }

    /// <summary>Polls until the target is reached.</summary>
    /// <returns>The deployment when waiting for READY; null when waiting for it to be gone.</returns>
    /// <exception cref="DeploymentFailedException">Waiting for READY, and the deployment failed, is being deleted or is gone.</exception>
    /// <exception cref="DeploymentWaitTimeoutException">The timeout passed first.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<Deployment?> WaitAsync(CancellationToken cancellationToken = default)
    {
        var schedule = new PollSchedule(options);
        try
        {
            while (!await UpdateStatusAsync(cancellationToken).ConfigureAwait(false))
            {
                var elapsed = Elapsed;
                var remaining = options.Timeout - elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    throw new DeploymentWaitTimeoutException(
                        Name,
                        Target,
                        elapsed,
                        Current,
                        $"Timed out after {Seconds(elapsed)} waiting for deployment {Name} to be {TargetText}; last state: {Current?.State ?? "not found"}.");
                }

                // The last poll lands on the deadline itself, so a target reached just in time still counts.
                var delay = schedule.Next(elapsed, poller.SuggestedInterval);
                await Task.Delay(delay < remaining ? delay : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return Target == DeploymentWaitTarget.Ready ? Current : null;
        }
        finally
        {
            // Rate gate: this wait no longer counts among the pollers sharing the budget.
            poller.Finish();
        }
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
