using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

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
        var olds = DeploymentInputsParser.Parse(request.OldInputs.IsEmpty ? request.Properties : request.OldInputs,
            new CheckFailureCollector());
        var errors = DeploymentErrorHints.Reporter(olds.KnownKeys);
        var name = request.Id;
        var clock = new OperationClock(options.TimeProvider, request.Timeout ?? options.DefaultDeleteTimeout);
        var progress = new DeploymentProgressLog(new ProgressLog(options.Log, request.Urn, "deleting"));
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
                    throw Refused(name, exception, deleteOptions.IgnoreChecks, errors);
                }

                if (clock.Elapsed + options.RetryInterval > clock.Timeout)
                {
                    throw errors.Failed(ProviderErrorCode.DeadlineExceeded,
                        $"deleting deployment {name}: Fireworks refuses to delete it while it is {current.State}, and it " +
                        $"did not settle within {OperationClock.Format(clock.Timeout)}; it still exists and stays in the stack: " +
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
            await api.WaitForDeploymentAsync(name, DeploymentWaitTarget.Gone,
                options.WaitOptions with { Timeout = clock.Remaining, Progress = progress },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DeploymentWaitTimeoutException timedOut)
        {
            throw errors.Failed(ProviderErrorCode.DeadlineExceeded,
                $"deployment {name} is still {timedOut.LastSeen?.State ?? "present"} {OperationClock.Format(clock.Timeout)} " +
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

    /// <summary>
    /// A delete Fireworks refused for a reason other than a transition: its delete checks (the deployment is in use,
    /// or is a model's default). Nothing was deleted; the message says how to override the checks.
    /// </summary>
    private static ProviderErrorException Refused(string name, FireworksException exception, bool ignoredChecks,
        ErrorReporter errors)
    {
        if (ignoredChecks || exception.ErrorCode != "FAILED_PRECONDITION")
        {
            return errors.Failed(exception);
        }

        return errors.Failed(ProviderErrorCode.FailedPrecondition,
            $"Fireworks refuses to delete deployment {name}: {exception.ServerMessage ?? exception.Message}. Nothing was " +
            "deleted and the deployment stays in the stack. If it should go anyway (it may still serve traffic), set " +
            "`ignoreChecksOnDelete: true` on the Deployment, run `pulumi up` (a state-only change), then delete it again " +
            $"(request id: {exception.RequestId ?? "none"})", exception);
    }

    private async Task<FireworksDeployment?> GetAsync(string name, ErrorReporter errors, CancellationToken cancellationToken)
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
