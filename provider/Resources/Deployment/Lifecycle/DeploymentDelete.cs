using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Delete: DELETE with <c>hard</c> and <c>ignoreChecks</c> from the old inputs, then wait until the deployment is
/// gone (404 or DELETED). Already gone counts as deleted. A delete refused because the deployment is CREATING or
/// UPDATING is retried until the timeout. Any error leaves the resource in the stack, so nothing is forgotten.
/// </summary>
internal sealed class DeploymentDelete(DeploymentResourceOptions options, IDeploymentsApi api)
{
    public async Task RunAsync(ResourceDeleteRequest request, CancellationToken cancellationToken)
    {
        var started = options.TimeProvider.GetTimestamp();
        var olds = DeploymentInputsParser.Parse(request.OldInputs.IsEmpty ? request.Properties : request.OldInputs,
            new CheckFailureCollector());
        var errors = new DeploymentErrors(olds.DirectRouteApiKeys is { IsKnown: true } keys ? keys.Value : null);
        var name = request.Id;
        var timeout = request.Timeout ?? options.DefaultDeleteTimeout;
        var progress = new DeploymentProgressLog(options.Log, request.Urn, "deleting");
        var deleteOptions = new DeleteDeploymentOptions
        {
            Hard = !olds.HardDelete.IsKnown || olds.HardDelete.Value,
            IgnoreChecks = olds.IgnoreChecksOnDelete.IsKnown && olds.IgnoreChecksOnDelete.Value,
        };

        while (true)
        {
            try
            {
                await progress.SendAsync($"deleting {name}").ConfigureAwait(false);
                if (!await api.DeleteDeploymentAsync(name, deleteOptions, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                break;
            }
            catch (FireworksException exception) when (MayBeTransitional(exception))
            {
                var current = await GetAsync(name, errors, cancellationToken).ConfigureAwait(false);
                if (current is null || current.State == DeploymentStates.Deleted)
                {
                    return;
                }

                if (current.State == DeploymentStates.Deleting)
                {
                    break;
                }

                if (current.State is not (DeploymentStates.Creating or DeploymentStates.Updating))
                {
                    throw errors.Failed(exception);
                }

                if (options.TimeProvider.GetElapsedTime(started) + options.RetryInterval > timeout)
                {
                    throw errors.Failed(ProviderErrorCode.DeadlineExceeded,
                        $"deleting deployment {name}: Fireworks refuses to delete it while it is {current.State}, and it " +
                        $"did not settle within {DeploymentCreate.Format(timeout)}; it still exists and stays in the stack: " +
                        $"run the command again later ({exception.Message})", exception);
                }

                await progress.SendAsync($"deleting {name}: waiting for it to finish {current.State} " +
                                         "(Fireworks refuses a delete until then)").ConfigureAwait(false);
                await Task.Delay(options.RetryInterval, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (FireworksException exception)
            {
                throw errors.Failed("the deployment stays in the stack", exception);
            }
        }

        try
        {
            var remaining = timeout - options.TimeProvider.GetElapsedTime(started);
            await api.WaitForDeploymentAsync(name, DeploymentWaitTarget.Gone,
                options.WaitOptions with { Timeout = remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Progress = progress },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DeploymentWaitTimeoutException timedOut)
        {
            throw errors.Failed(ProviderErrorCode.DeadlineExceeded,
                $"deployment {name} is still {timedOut.LastSeen?.State ?? "present"} {DeploymentCreate.Format(timeout)} " +
                "after the delete request; Fireworks keeps deleting it, and it stays in the stack until a later " +
                "`pulumi destroy` or `pulumi up` confirms it is gone", timedOut);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"deleting deployment {name}: the delete was accepted, but confirming it is gone failed; " +
                                "it stays in the stack until a later run confirms it", exception);
        }
    }

    // 409 (ABORTED / conflict) is how Fireworks refuses an operation during a transition; FAILED_PRECONDITION may be too.
    private static bool MayBeTransitional(FireworksException exception) =>
        exception.Status == 409 || exception.ErrorCode == "FAILED_PRECONDITION";

    private async Task<FireworksDeployment?> GetAsync(string name, DeploymentErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetDeploymentAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"deleting deployment {name} failed: it could not be read", exception);
        }
    }
}
