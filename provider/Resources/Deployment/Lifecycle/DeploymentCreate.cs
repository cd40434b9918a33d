using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Create: POST with the deploymentId from the checked inputs (so a retry can never make a second deployment) and
/// the resource's URN in an annotation, then wait for READY. Once the request may have reached Fireworks, every
/// failure is a partial create carrying the id, so the engine records the deployment instead of losing track of it.
/// A 409 for a deployment that carries this resource's URN is the provider's own earlier, interrupted create: it is
/// adopted. Before an autonamed create, deployments an interrupted create of this resource left behind are named in
/// a lasting warning (never adopted: one may still belong to a replacement).
/// </summary>
internal sealed class DeploymentCreate(DeploymentResourceOptions options, IDeploymentsApi api)
{
    public async Task<ResourceCreateResponse> RunAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        var inputs = DeploymentInputsParser.Parse(request.Properties, new CheckFailureCollector());
        var errors = DeploymentErrorHints.Reporter(inputs.KnownKeys);
        if (inputs.DeploymentId is not { IsKnown: true } deploymentId || string.IsNullOrEmpty(options.AccountId))
        {
            throw errors.Failed(ProviderErrorCode.InvalidArgument,
                "cannot create a deployment without a known deploymentId and a configured account id");
        }

        // Inputs that skipped Check (an engine bug, a hand-written request) are refused before anything is sent.
        if (!DeploymentInputsValidator.IsValidDeploymentId(deploymentId.Value))
        {
            throw errors.Failed(ProviderErrorCode.InvalidArgument,
                $"cannot create a deployment with the deploymentId {(inputs.SecretProperties.Contains(Names.DeploymentId) ? "given (secret, not shown)" : $"\"{deploymentId.Value}\"")}; " +
                $"a deployment id must be {DeploymentInputsValidator.DeploymentIdRule}");
        }

        var clock = new OperationClock(options.TimeProvider, request.Timeout ?? options.DefaultCreateTimeout);
        var name = DeploymentPreview.FullName(options.AccountId, deploymentId.Value);
        var log = new ProgressLog(options.Log, request.Urn, "creating");
        var progress = new DeploymentProgressLog(log);
        if (inputs.DefaultedProperties.Contains(Names.DeploymentId))
        {
            await WarnAboutLeftoversAsync(request.Urn, log, cancellationToken).ConfigureAwait(false);
        }

        // Once the request may have reached Fireworks, every failure answers with the id (never a plain error).
        Task<ResourceInitializationException> PartialAsync(string reason, FireworksDeployment? known, Exception cause) =>
            DeploymentPartialFailure.CreateAsync(api, options.TimeProvider, name, inputs, request.Properties,
                errors.Redact(reason), known, cause, cancellationToken);

        options.Sightings.Saw(name);
        FireworksDeployment created;
        try
        {
            await progress.SendAsync($"creating {name}").ConfigureAwait(false);
            created = await api.CreateDeploymentAsync(Body(inputs, request.Urn), CreateOptions(inputs, deploymentId.Value),
                cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception) when (exception.Status == 409 && exception.ErrorCode is null or "ALREADY_EXISTS")
        {
            var existing = await ExistingAsync(name, errors, exception, cancellationToken).ConfigureAwait(false);
            if (existing?.Annotations?.GetValueOrDefault(DeploymentProperties.UrnAnnotation) != request.Urn
                || existing.State is DeploymentStates.Deleted or DeploymentStates.Deleting)
            {
                throw errors.Failed(exception);
            }

            await Adoption.AnnounceAsync(options.Log, request.Urn, $"deployment {name}",
                "it carries this resource's URN, so an earlier `pulumi up` created it and was interrupted before Pulumi " +
                "recorded it", cancellationToken).ConfigureAwait(false);
            return await new DeploymentAdoption(options, api).RunAsync(request, existing, clock, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (FireworksException exception) when (FireworksFailures.IsCertainRejection(exception))
        {
            throw errors.Failed(exception);
        }
        catch (Exception exception) when (IsOutcomeUnknown(exception))
        {
            var reason = $"the create request for deployment {name} may have reached Fireworks, but no answer came back " +
                         $"({OperationClock.Describe(exception, cancellationToken)}). The deployment is recorded in the stack so it cannot be " +
                         "lost: run `pulumi refresh` to see whether it exists (refresh drops it from the stack if not), then `pulumi up`";
            throw await PartialAsync(reason, null, exception).ConfigureAwait(false);
        }

        if (!inputs.WaitForReady.IsKnown || !inputs.WaitForReady.Value)
        {
            return new ResourceCreateResponse(name, Outputs(created, inputs, name, request.Properties));
        }

        var ready = await new KeepOnFailure<FireworksDeployment>(name, token => api.GetDeploymentAsync(name, token),
                deployment => DeploymentPartialFailure.BestOutputs(name, deployment, inputs), request.Properties, errors,
                options.TimeProvider)
            .WaitAsync(token => api.WaitForDeploymentAsync(name, DeploymentWaitTarget.Ready,
                    options.WaitOptions with { Timeout = clock.Remaining, Progress = progress }, token),
                exception => WhyStopped(exception, name, clock, cancellationToken), created, cancellationToken)
            .ConfigureAwait(false);
        return new ResourceCreateResponse(name, Outputs(ready ?? created, inputs, name, request.Properties));
    }

    /// <summary>
    /// Why the wait for READY ended short of it. The deployment exists whatever happened (cancellation, a failed poll,
    /// an error of our own too), so the id must reach the engine; a plain error here would orphan it.
    /// </summary>
    private static StoppedWait<FireworksDeployment> WhyStopped(Exception exception, string name, OperationClock clock,
        CancellationToken cancellationToken) => exception switch
    {
        DeploymentFailedException failed => new(
            $"{failed.Message}. The deployment exists in Fireworks and is kept in the stack: fix the cause " +
            "and run `pulumi up` to check it again, or remove it from the program to delete it", failed.Deployment),
        DeploymentWaitTimeoutException timedOut => new(
            $"deployment {name} was created but is not READY after {OperationClock.Format(clock.Timeout)} (last state: " +
            $"{timedOut.LastSeen?.State ?? "unknown"}). It is kept in the stack: run `pulumi up` to keep waiting " +
            "(raise customTimeouts.create for slow models) or `pulumi refresh` to see its state", timedOut.LastSeen),
        _ => new(
            $"deployment {name} was created, but waiting for it to be READY stopped " +
            $"({OperationClock.Describe(exception, cancellationToken)}). It is kept in the stack: run `pulumi up` to keep waiting, " +
            "or `pulumi destroy` to delete it", null),
    };

    /// <summary>The create body: the user's inputs plus the URN annotation that ties the deployment to its resource.</summary>
    public static DeploymentSpec Body(DeploymentInputs inputs, string urn)
    {
        var spec = DeploymentSpecBuilder.ForCreate(inputs);
        var annotations = (spec.Annotations ?? ImmutableDictionary<string, string>.Empty)
            .ToImmutableDictionary(StringComparer.Ordinal).SetItem(DeploymentProperties.UrnAnnotation, urn);
        return spec with { Annotations = annotations };
    }

    public static CreateDeploymentOptions CreateOptions(DeploymentInputs inputs, string deploymentId) => new()
    {
        DeploymentId = deploymentId,
        DisableSpeculativeDecoding = inputs.DisableSpeculativeDecoding is { IsKnown: true, Value: true },
        SkipShapeValidation = inputs.SkipShapeValidation is { IsKnown: true, Value: true },
    };

    private async Task<FireworksDeployment?> ExistingAsync(string name, ErrorReporter errors, FireworksException conflict,
        CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetDeploymentAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException)
        {
            throw errors.Failed(conflict);
        }
    }

    private async Task WarnAboutLeftoversAsync(string urn, ProgressLog log, CancellationToken cancellationToken)
    {
        var (leftovers, problem) = await options.InterruptedCreates.FindAsync(api, options.AccountId!, urn, options.Sightings,
            cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            await options.Log.LogAsync(LogSeverity.Debug,
                $"could not look for deployments an interrupted create of this resource left behind ({problem})", urn,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var leftover in leftovers)
        {
            var id = DeploymentProperties.IdOf(leftover.Name);
            await log.WarnAsync(
                $"deployment {leftover.Name} ({leftover.State ?? "state unknown"}) carries this resource's URN but is not in the " +
                "stack: an earlier `pulumi up` created it and was interrupted, and it keeps costing money. A new deployment is " +
                "created as asked. To keep the old one instead, cancel, then run `pulumi refresh --import-pending-creates " +
                $"'{urn}' --import-pending-creates '{leftover.Name}'` (or `pulumi import fireworks:index:Deployment <name> {leftover.Name}`); " +
                $"to delete it, run `firectl deployment delete {id} --hard` or call DELETE /v1/{leftover.Name}?hard=true. " +
                "Set deploymentId explicitly to let the provider adopt such leftovers by itself").ConfigureAwait(false);
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
}
