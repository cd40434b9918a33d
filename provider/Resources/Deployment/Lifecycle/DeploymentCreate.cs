using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.PropertyValues;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Create: POST with the deploymentId from the checked inputs (so a retry can never make a second deployment),
/// then wait for READY. Once the request may have reached Fireworks, every failure is reported as a partial
/// create carrying the id, so the engine records the deployment instead of losing track of it.
/// </summary>
internal sealed class DeploymentCreate(DeploymentResourceOptions options, IDeploymentsApi api)
{
    public async Task<ResourceCreateResponse> RunAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        var started = options.TimeProvider.GetTimestamp();
        var inputs = DeploymentInputsParser.Parse(request.Properties, new CheckFailureCollector());
        var errors = new DeploymentErrors(inputs.DirectRouteApiKeys is { IsKnown: true } keys ? keys.Value : null);
        if (inputs.DeploymentId is not { IsKnown: true } deploymentId || string.IsNullOrEmpty(options.AccountId))
        {
            throw errors.Failed(ProviderErrorCode.InvalidArgument,
                "cannot create a deployment without a known deploymentId and a configured account id");
        }

        var name = DeploymentPreview.FullName(options.AccountId, deploymentId.Value);

        // Once the request may have reached Fireworks, every failure answers with the id (never a plain error).
        Task<ResourceInitializationException> PartialAsync(string reason, FireworksDeployment? known, Exception cause) =>
            DeploymentPartialFailure.CreateAsync(api, options.TimeProvider, name, inputs, request.Properties,
                errors.Redact(reason), known, cause, cancellationToken);

        var progress = new DeploymentProgressLog(options.Log, request.Urn, "creating");
        FireworksDeployment created;
        try
        {
            await progress.SendAsync($"creating {name}").ConfigureAwait(false);
            created = await api.CreateDeploymentAsync(DeploymentSpecBuilder.ForCreate(inputs),
                new CreateDeploymentOptions { DeploymentId = deploymentId.Value }, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception) when (DeploymentErrors.IsCertainRejection(exception))
        {
            throw errors.Failed(exception);
        }
        catch (Exception exception) when (IsOutcomeUnknown(exception))
        {
            var reason = $"the create request for deployment {name} may have reached Fireworks, but no answer came back " +
                         $"({Describe(exception, cancellationToken)}). The deployment is recorded in the stack so it cannot be " +
                         "lost: run `pulumi refresh` to see whether it exists (refresh drops it from the stack if not), then `pulumi up`";
            throw await PartialAsync(reason, null, exception).ConfigureAwait(false);
        }

        if (!inputs.WaitForReady.IsKnown || !inputs.WaitForReady.Value)
        {
            return new ResourceCreateResponse(name, Outputs(created, inputs, name, request.Properties));
        }

        var timeout = request.Timeout ?? options.DefaultCreateTimeout;
        try
        {
            var ready = await api.WaitForDeploymentAsync(name, DeploymentWaitTarget.Ready,
                options.WaitOptions with { Timeout = Remaining(started, timeout), Progress = progress },
                cancellationToken).ConfigureAwait(false);
            return new ResourceCreateResponse(name, Outputs(ready ?? created, inputs, name, request.Properties));
        }
        catch (DeploymentFailedException failed)
        {
            var reason = $"{failed.Message}. The deployment exists in Fireworks and is kept in the stack: fix the cause " +
                         "and run `pulumi up` to check it again, or remove it from the program to delete it";
            throw await PartialAsync(reason, failed.Deployment ?? created, failed)
                .ConfigureAwait(false);
        }
        catch (DeploymentWaitTimeoutException timedOut)
        {
            var reason = $"deployment {name} was created but is not READY after {Format(timeout)} (last state: " +
                         $"{timedOut.LastSeen?.State ?? "unknown"}). It is kept in the stack: run `pulumi up` to keep waiting " +
                         "(raise customTimeouts.create for slow models) or `pulumi refresh` to see its state";
            throw await PartialAsync(reason, timedOut.LastSeen ?? created, timedOut)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or ResourceInitializationException))
        {
            // Anything else (cancellation, a failed poll, an error of our own): the deployment exists, so the id
            // must reach the engine; a plain error here would orphan it.
            var reason = $"deployment {name} was created, but waiting for it to be READY stopped " +
                         $"({Describe(exception, cancellationToken)}). It is kept in the stack: run `pulumi up` to keep waiting, " +
                         "or `pulumi destroy` to delete it";
            throw await PartialAsync(reason, created, exception).ConfigureAwait(false);
        }
    }

    // Only an argument the client refuses before sending proves nothing went out; any other failure may follow a
    // request that reached Fireworks.
    private static bool IsOutcomeUnknown(Exception exception) =>
        exception is not (ArgumentException or OutOfMemoryException);

    /// <summary>
    /// The outputs of a created deployment; if the service's answer cannot be turned into outputs, the create is
    /// still reported as partial (with the id) rather than as a plain error that would lose the deployment.
    /// </summary>
    private static ImmutableDictionary<string, PropertyValue> Outputs(FireworksDeployment deployment,
        DeploymentInputs inputs, string name, ImmutableDictionary<string, PropertyValue> checkedInputs) =>
        DeploymentPartialFailure.TryOutputs(deployment, inputs)
        ?? throw DeploymentPartialFailure.From(name, null, inputs, checkedInputs,
            $"deployment {name} was created, but Fireworks' answer could not be read; it is kept in the stack: run " +
            "`pulumi refresh` to read it again");

    private TimeSpan Remaining(long started, TimeSpan timeout)
    {
        var remaining = timeout - options.TimeProvider.GetElapsedTime(started);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    internal static string Describe(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested
            ? "the operation was cancelled"
            : exception.Message;

    internal static string Format(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 && timeout.Seconds == 0
            ? ((int)timeout.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m"
            : timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
}
