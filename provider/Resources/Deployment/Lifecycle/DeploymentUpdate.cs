using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Update in place: PATCH only the writable properties Diff reports as changed (the client derives the
/// <c>updateMask</c> from the body), never call Fireworks when only provider knobs changed, then wait for READY.
/// With no change at all (the engine retrying a resource with init errors) it only waits for READY again.
/// </summary>
internal sealed class DeploymentUpdate(DeploymentResourceOptions options, IDeploymentsApi api)
{
    public async Task<ResourceUpdateResponse> RunAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        var news = DeploymentInputsParser.Parse(request.News, new CheckFailureCollector());
        var olds = DeploymentInputsParser.Parse(request.OldInputs.IsEmpty ? request.Olds : request.OldInputs,
            new CheckFailureCollector());
        var errors = DeploymentErrorHints.Reporter([.. news.KnownKeys, .. olds.KnownKeys]);
        var name = request.Id;
        var clock = new OperationClock(options.TimeProvider, request.Timeout ?? options.DefaultUpdateTimeout);

        var diff = DeploymentDiff.Diff(new ResourceDiffRequest(request.Id, request.Urn, request.Name, request.Type,
            request.Olds, request.OldInputs, request.News, request.IgnoreChanges.IsDefault ? [] : request.IgnoreChanges));
        var writable = diff.Diffs.Where(IsUpdatable).ToList();
        if (!diff.Diffs.IsEmpty && writable.Count == 0 && WasReady(request.Olds))
        {
            // Only provider knobs changed on a READY deployment: nothing to tell Fireworks. (One left CREATING or
            // FAILED by an earlier partial failure goes on to the wait below, so its errors are not cleared blindly.)
            return new ResourceUpdateResponse(WithKnobs(request.Olds, news));
        }

        var progress = new DeploymentProgressLog(new ProgressLog(options.Log, request.Urn, "updating"));
        var wait = !news.WaitForReady.IsKnown || news.WaitForReady.Value;
        var spec = DeploymentSpecBuilder.ForUpdate(news, writable);
        FireworksDeployment current;
        if (!DeploymentSpecBuilder.IsEmpty(spec))
        {
            var before = await ReadyForPatchAsync(name, errors, progress, clock, cancellationToken).ConfigureAwait(false);
            await progress.SendAsync($"updating {name}: {string.Join(", ", writable)}").ConfigureAwait(false);
            var patched = await InPlaceUpdate.SendAsync(() => api.UpdateDeploymentAsync(name, KeepUrnAnnotation(spec, before, request.Urn),
                    new UpdateDeploymentOptions { SkipShapeValidation = news.SkipShapeValidation is { IsKnown: true, Value: true } },
                    cancellationToken), $"deployment {name}", errors).ConfigureAwait(false);

            if (!wait)
            {
                return new ResourceUpdateResponse(DeploymentOutputs.FromService(patched, news));
            }

            current = await WaitAsync(name, news, request.News, errors, progress, clock,
                token => SettleAsync(name, before, patched, token), cancellationToken).ConfigureAwait(false);
        }
        else if (wait)
        {
            current = await WaitAsync(name, news, request.News, errors, progress, clock,
                _ => Task.CompletedTask, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            current = await GetExistingAsync(name, errors, cancellationToken).ConfigureAwait(false);
        }

        return new ResourceUpdateResponse(DeploymentOutputs.FromService(current, news));
    }

    private static bool WasReady(ImmutableDictionary<string, PropertyValue> olds) =>
        olds.TryGetValue(Names.State, out var state) && state.TryGetString(out var text) && text == DeploymentStates.Ready;

    private static bool IsUpdatable(string name) =>
        DeploymentProperties.ByName.TryGetValue(name, out var property) && property.Change == PropertyChange.UpdateInPlace;

    /// <summary>The old outputs with the new values of what only Pulumi's state holds (knobs, query flags).</summary>
    private static ImmutableDictionary<string, PropertyValue> WithKnobs(ImmutableDictionary<string, PropertyValue> olds,
        DeploymentInputs news) =>
        InPlaceUpdate.StateOnly(olds, news.ToPropertyMap(), DeploymentProperties.All);

    /// <summary>
    /// An update of <c>annotations</c> replaces the whole map on the service: it must carry the URN annotation too,
    /// or the deployment would lose the record that ties it to its resource.
    /// </summary>
    private static DeploymentSpec KeepUrnAnnotation(DeploymentSpec spec, FireworksDeployment before, string urn)
    {
        if (spec.Annotations is null)
        {
            return spec;
        }

        var held = before.Annotations?.GetValueOrDefault(DeploymentProperties.UrnAnnotation);
        return spec with
        {
            Annotations = spec.Annotations.ToImmutableDictionary(StringComparer.Ordinal)
                .SetItem(DeploymentProperties.UrnAnnotation, string.IsNullOrEmpty(held) ? urn : held),
        };
    }

    /// <summary>
    /// Reads the deployment before the PATCH: it must still exist, and a PATCH while it is CREATING or UPDATING
    /// would be refused, so such a deployment is waited for first.
    /// </summary>
    private async Task<FireworksDeployment> ReadyForPatchAsync(string name, ErrorReporter errors,
        DeploymentProgressLog progress, OperationClock clock, CancellationToken cancellationToken)
    {
        var before = await GetExistingAsync(name, errors, cancellationToken).ConfigureAwait(false);
        if (before.State is not (DeploymentStates.Creating or DeploymentStates.Updating))
        {
            return before;
        }

        try
        {
            return await api.WaitForDeploymentAsync(name, DeploymentWaitTarget.Ready,
                       options.WaitOptions with { Timeout = clock.Remaining, Progress = progress },
                       cancellationToken).ConfigureAwait(false)
                   ?? before;
        }
        catch (DeploymentFailedException failed)
        {
            throw errors.Failed(ProviderErrorCode.FailedPrecondition, $"cannot update deployment {name}: {failed.Message}", failed);
        }
        catch (DeploymentWaitTimeoutException timedOut)
        {
            throw errors.Failed(ProviderErrorCode.DeadlineExceeded,
                $"cannot update deployment {name}: it is still {timedOut.LastSeen?.State ?? before.State}; nothing was changed, " +
                "run `pulumi up` again later", timedOut);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"updating deployment {name} failed while waiting for it to settle", exception);
        }
    }

    private async Task<FireworksDeployment> GetExistingAsync(string name, ErrorReporter errors,
        CancellationToken cancellationToken)
    {
        FireworksDeployment? deployment;
        try
        {
            deployment = await api.GetDeploymentAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"updating deployment {name} failed: it could not be read", exception);
        }

        if (deployment is null || deployment.State is DeploymentStates.Deleted or DeploymentStates.Deleting)
        {
            throw errors.Failed(ProviderErrorCode.NotFound,
                $"cannot update deployment {name}: it no longer exists in Fireworks ({deployment?.State ?? "not found"}); " +
                "run `pulumi refresh` to drop it from the stack, then `pulumi up` to create it again");
        }

        return deployment;
    }

    /// <summary>
    /// Right after a PATCH the service may still report the READY of before the change. A READY counts only once
    /// the deployment showed the change started (UPDATING, or an updateTime later than before the PATCH), or
    /// after a short grace for changes that apply without a rollout and without a new updateTime.
    /// </summary>
    private async Task SettleAsync(string name, FireworksDeployment before, FireworksDeployment patched,
        CancellationToken cancellationToken)
    {
        var previous = Timestamp(before.UpdateTime);
        var patchedAt = options.TimeProvider.GetTimestamp();
        var seen = patched;
        while (seen is not null && seen.State == DeploymentStates.Ready && !IsNewer(seen.UpdateTime, previous))
        {
            var left = options.UpdateSettleGrace - options.TimeProvider.GetElapsedTime(patchedAt);
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(left < options.RetryInterval ? left : options.RetryInterval, options.TimeProvider,
                cancellationToken).ConfigureAwait(false);
            seen = await api.GetDeploymentAsync(name, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FireworksDeployment> WaitAsync(string name, DeploymentInputs news,
        ImmutableDictionary<string, PropertyValue> checkedNews, ErrorReporter errors, DeploymentProgressLog progress,
        OperationClock clock, Func<CancellationToken, Task> settle, CancellationToken cancellationToken)
    {
        FireworksDeployment? lastSeen = null;
        string reason;
        Exception cause;
        try
        {
            await settle(cancellationToken).ConfigureAwait(false);
            var ready = await api.WaitForDeploymentAsync(name, DeploymentWaitTarget.Ready,
                options.WaitOptions with { Timeout = clock.Remaining, Progress = progress },
                cancellationToken).ConfigureAwait(false);
            if (ready is not null)
            {
                return ready;
            }

            reason = $"deployment {name} could not be read after the update";
            cause = new InvalidOperationException(reason);
        }
        catch (DeploymentFailedException failed)
        {
            lastSeen = failed.Deployment;
            reason = $"{failed.Message}. The change was sent; fix the cause and run `pulumi up` to check it again";
            cause = failed;
        }
        catch (DeploymentWaitTimeoutException timedOut)
        {
            lastSeen = timedOut.LastSeen;
            reason = $"deployment {name} is not READY {OperationClock.Format(clock.Timeout)} after the update (last state: " +
                     $"{timedOut.LastSeen?.State ?? "unknown"}); run `pulumi up` to keep waiting (raise customTimeouts.update " +
                     "for slow rollouts) or `pulumi refresh` to see its state";
            cause = timedOut;
        }
        catch (Exception exception) when (exception is OperationCanceledException or FireworksException)
        {
            reason = $"waiting for deployment {name} to be READY after the update stopped " +
                     $"({OperationClock.Describe(exception, cancellationToken)}); run `pulumi up` to keep waiting";
            cause = exception;
        }

        throw await DeploymentPartialFailure.CreateAsync(api, options.TimeProvider, name, news, checkedNews,
            errors.Redact(reason), lastSeen, cause, cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.RoundtripKind, out var value) ? value : null;

    private static bool IsNewer(string? text, DateTimeOffset? previous) =>
        previous is { } before && Timestamp(text) is { } after && after > before;
}
