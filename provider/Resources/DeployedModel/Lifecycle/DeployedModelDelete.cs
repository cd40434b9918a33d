using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// Delete (unload): DELETE, then wait until a read answers 404. Already gone is success, and so is an addon already
/// being unloaded (e.g. replaced on a hot-reload deployment): it is waited for. One still loading or updating is
/// unloaded once that has settled. Any error leaves the resource in the stack, so nothing is forgotten.
/// </summary>
internal sealed class DeployedModelDelete(DeployedModelResourceOptions options, IDeployedModelsApi api)
{
    public async Task RunAsync(ResourceDeleteRequest request, CancellationToken cancellationToken)
    {
        var olds = DeployedModelInputs.Read(DeployedModelPreview.InputsOf(request.OldInputs.IsEmpty ? request.Properties : request.OldInputs),
            new CheckFailureCollector());
        var errors = DeployedModelErrors.Reporter(olds);
        var name = request.Id;
        var clock = new OperationClock(options.TimeProvider, request.Timeout ?? options.DefaultTimeout);
        var log = new ProgressLog(options.Log, request.Urn, "unloading");
        var waiting = options.WaitOptions with { Timeout = clock.Remaining, Progress = DeployedModelProgress.Of(log) };

        await log.SendAsync($"unloading {name}").ConfigureAwait(false);
        if (!await UnloadAsync(name, errors, waiting, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await api.WaitForDeployedModelAsync(name, DeployedModelWaitTarget.Gone, waiting with { Timeout = clock.Remaining },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DeployedModelWaitTimeoutException timedOut)
        {
            throw errors.Failed(ProviderErrorCode.DeadlineExceeded,
                $"deployed model {name} is still {DeployedModelWaiter.StateOf(timedOut.LastSeen)} " +
                $"{OperationClock.Format(clock.Timeout)} after the unload request; Fireworks keeps unloading it, and it stays " +
                "in the stack until a later `pulumi destroy` or `pulumi up` confirms it is gone", timedOut);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"unloading deployed model {name}: the request was accepted, but confirming it is gone " +
                                "failed; it stays in the stack until a later run confirms it", exception);
        }
    }

    /// <summary>Sends the DELETE; false when the addon is gone already.</summary>
    private async Task<bool> UnloadAsync(string name, ErrorReporter errors, DeployedModelWaitOptions waiting,
        CancellationToken cancellationToken)
    {
        try
        {
            return await api.DeleteDeployedModelAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException refused) when (refused.Status == 409 || refused.ErrorCode == "FAILED_PRECONDITION")
        {
            var current = await ReadAsync(name, errors, cancellationToken).ConfigureAwait(false);
            if (current is null || current.State == DeployedModelStates.Undeploying)
            {
                return current is not null;
            }

            if (current.State is not (DeployedModelStates.Deploying or DeployedModelStates.Updating))
            {
                // [inferred] Fireworks may refuse to unload a model's default addon while the model has others.
                throw errors.Failed($"Fireworks refuses to unload deployed model {name}; nothing was unloaded and it " +
                                    "stays in the stack. If it is its model's default, make another addon of the model " +
                                    "the default (`default: true`) first", refused);
            }

            return await UnloadSettledAsync(name, errors, waiting, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed("the deployed model stays in the stack", exception);
        }
    }

    /// <summary>The service refuses an unload while a load or an update runs: wait for it to end, then ask again.</summary>
    private async Task<bool> UnloadSettledAsync(string name, ErrorReporter errors, DeployedModelWaitOptions waiting,
        CancellationToken cancellationToken)
    {
        try
        {
            await api.WaitForDeployedModelAsync(name, DeployedModelWaitTarget.Deployed, waiting, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DeployedModelLoadFailedException failed) when (failed.Vanished)
        {
            return false;
        }
        catch (DeployedModelLoadFailedException)
        {
            // A failed load can be unloaded as it is.
        }
        catch (Exception exception) when (exception is DeployedModelWaitTimeoutException or FireworksException)
        {
            throw exception is FireworksException failedPoll
                ? errors.Failed("the deployed model stays in the stack", failedPoll)
                : errors.Failed(ProviderErrorCode.DeadlineExceeded,
                    $"unloading deployed model {name}: Fireworks refuses while it is " +
                    $"{DeployedModelWaiter.StateOf((exception as DeployedModelWaitTimeoutException)?.LastSeen)}, and it did not " +
                    "settle in time; it stays in the stack: run the command again later", exception);
        }

        return await UnloadAsync(name, errors, waiting, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Fireworks.DeployedModels.DeployedModel?> ReadAsync(string name, ErrorReporter errors,
        CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetDeployedModelAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"unloading deployed model {name} failed: it could not be read", exception);
        }
    }
}
