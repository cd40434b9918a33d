using System.Globalization;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// Waiting for a deployed model to reach a target, as an explicit operation (<see cref="PollingWait{T}"/> judged for
/// deployed models): <see cref="UpdateStatusAsync"/> polls once, <see cref="WaitAsync"/> until the target, a failed
/// load, the deadline or cancellation. A load has failed when the record falls back to <c>STATE_UNSPECIFIED</c>
/// (proto3 JSON may leave that zero value out, so a missing state counts too), reports a status other than OK, is
/// being unloaded, or disappears. One waiter serves one caller.
/// </summary>
public sealed class DeployedModelWaiter
{
    private readonly SecretRedactor redactor;
    private readonly PollingWait<DeployedModel> wait;

    internal DeployedModelWaiter(IDeployedModelsApi api, string name, DeployedModelWaitTarget target,
        DeployedModelWaitOptions? options, TimeProvider timeProvider, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.redactor = redactor;
        Name = name;
        Target = target;
        var settings = options ?? new DeployedModelWaitOptions();
        wait = new PollingWait<DeployedModel>(
            token => api.GetDeployedModelAsync(name, token),
            record => target == DeployedModelWaitTarget.Gone ? record is null : IsDeployed(record),
            settings,
            timeProvider,
            record => settings.Progress?.Report(new DeployedModelWaitProgress(Name, record?.State, record?.Status?.Code, Elapsed, Polls)));
    }

    /// <summary>The deployed model waited for (full name).</summary>
    public string Name { get; }

    /// <summary>What the wait is for.</summary>
    public DeployedModelWaitTarget Target { get; }

    /// <summary>The record as last read; null before the first poll or when it was not found.</summary>
    public DeployedModel? Current => wait.Current;

    /// <summary>Polls made so far.</summary>
    public int Polls => wait.Polls;

    /// <summary>Time since the waiter was created.</summary>
    public TimeSpan Elapsed => wait.Elapsed;

    /// <summary>Reads the record once and reports progress.</summary>
    /// <returns>True when the target has been reached.</returns>
    /// <exception cref="DeployedModelLoadFailedException">Waiting for DEPLOYED, and the load failed or the record vanished.</exception>
    public Task<bool> UpdateStatusAsync(CancellationToken cancellationToken = default) => wait.UpdateStatusAsync(cancellationToken);

    /// <summary>Polls until the target is reached.</summary>
    /// <returns>The record when waiting for DEPLOYED; null when waiting for it to be gone.</returns>
    /// <exception cref="DeployedModelLoadFailedException">Waiting for DEPLOYED, and the load failed or the record vanished.</exception>
    /// <exception cref="DeployedModelWaitTimeoutException">The timeout passed first.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<DeployedModel?> WaitAsync(CancellationToken cancellationToken = default)
    {
        var last = await wait.WaitAsync(elapsed => new DeployedModelWaitTimeoutException(Name, Target, elapsed, Current,
            $"Timed out after {elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)}s waiting for deployed model " +
            $"{Name} to be {(Target == DeployedModelWaitTarget.Gone ? "unloaded" : DeployedModelStates.Deployed)}; last state: " +
            $"{StateOf(Current)}."), cancellationToken).ConfigureAwait(false);
        return Target == DeployedModelWaitTarget.Deployed ? last : null;
    }

    /// <summary>The state as a message shows it (a missing state is the enum's zero value).</summary>
    public static string StateOf(DeployedModel? record) =>
        record is null ? "not found" : string.IsNullOrEmpty(record.State) ? DeployedModelStates.Unspecified : record.State;

    /// <summary>True for a status that reports no problem (OK, or none at all).</summary>
    public static bool IsOk(DeployedModel record) => record.Status?.Code is null or "" or "OK";

    private bool IsDeployed(DeployedModel? record)
    {
        if (record is null)
        {
            throw new DeployedModelLoadFailedException(Name, null,
                $"deployed model {Name} disappeared while it was being loaded: Fireworks dropped it, and nothing is left to unload");
        }

        var state = StateOf(record);
        if (state is DeployedModelStates.Unspecified or DeployedModelStates.Undeploying || !IsOk(record))
        {
            var status = record.Status is { } s ? $"status {s.Code ?? "unknown"}: {redactor.Redact(s.Message) ?? "no message"}" : "no status";
            var what = state == DeployedModelStates.Undeploying ? "is being unloaded" : "did not load";
            throw new DeployedModelLoadFailedException(Name, record, $"deployed model {Name} {what} (state {state}, {status})");
        }

        return state == DeployedModelStates.Deployed;
    }
}
