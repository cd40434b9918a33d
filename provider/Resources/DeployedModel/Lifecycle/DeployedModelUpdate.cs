using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// Update in place: PATCH only the fields Diff reports as changed (<c>?updateMask=</c> names exactly those), then wait
/// until the addon is no longer UPDATING. A change of <c>replaceMergedAddon</c> alone touches only Pulumi's state.
/// With nothing to send (the engine retrying after a partial create) it waits for DEPLOYED again.
/// </summary>
internal sealed class DeployedModelUpdate(DeployedModelResourceOptions options, IDeployedModelsApi api)
{
    public async Task<ResourceUpdateResponse> RunAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        var news = DeployedModelInputs.Read(request.News, new CheckFailureCollector());
        var errors = DeployedModelErrors.Reporter(news);
        var name = request.Id;
        var diff = DeployedModelDiff.Diff(new ResourceDiffRequest(request.Id, request.Urn, request.Name, request.Type,
            request.Olds, request.OldInputs, request.News, request.IgnoreChanges.IsDefault ? [] : request.IgnoreChanges),
            options.AccountId);
        var body = DeployedModelPatch.Body(news, DeployedModelFields.Updatable.Where(field => diff.Diffs.Contains(field.Name)));
        if (body == new DeployedModelSpec() && WasDeployed(request.Olds))
        {
            return new ResourceUpdateResponse(InPlaceUpdate.StateOnly(request.Olds, news.ToPropertyMap(), DeployedModelFields.Inputs));
        }

        var clock = new OperationClock(options.TimeProvider, request.Timeout ?? options.DefaultTimeout);
        var log = new ProgressLog(options.Log, request.Urn, "updating");
        var patch = new DeployedModelPatch(options, api, errors);
        var keep = new KeepOnFailure<Fireworks.DeployedModels.DeployedModel>(name, token => api.GetDeployedModelAsync(name, token),
            current => DeployedModelOutputs.Best(name, current, news), request.News, errors, options.TimeProvider);
        Fireworks.DeployedModels.DeployedModel? patched = null;
        if (body != new DeployedModelSpec())
        {
            patched = await patch.SendAsync(name, body, log, clock, cancellationToken).ConfigureAwait(false);
        }

        var current = await keep.WaitAsync(token => api.WaitForDeployedModelAsync(name, DeployedModelWaitTarget.Deployed,
                    options.WaitOptions with { Timeout = clock.Remaining, Progress = DeployedModelProgress.Of(log) }, token),
                exception => new StoppedWait<Fireworks.DeployedModels.DeployedModel>(WhyStopped(exception, name, clock, cancellationToken),
                    (exception as DeployedModelLoadFailedException)?.DeployedModel ?? (exception as DeployedModelWaitTimeoutException)?.LastSeen),
                patched, cancellationToken).ConfigureAwait(false);
        return new ResourceUpdateResponse(current is null
            ? DeployedModelOutputs.FromInputs(news, name)
            : DeployedModelOutputs.FromService(current, news));
    }

    private static string WhyStopped(Exception exception, string name, OperationClock clock, CancellationToken cancellationToken) =>
        exception switch
        {
            DeployedModelLoadFailedException failed => $"{failed.Message}; fix the cause and run `pulumi up` to check it again",
            DeployedModelWaitTimeoutException timedOut =>
                $"deployed model {name} is not DEPLOYED {OperationClock.Format(clock.Timeout)} after the update (last state: " +
                $"{DeployedModelWaiter.StateOf(timedOut.LastSeen)}); run `pulumi up` to keep waiting",
            _ => $"waiting for deployed model {name} to be DEPLOYED after the update stopped " +
                 $"({OperationClock.Describe(exception, cancellationToken)}); run `pulumi up` to keep waiting",
        };

    private static bool WasDeployed(ImmutableDictionary<string, PropertyValue> olds) =>
        olds.TryGetValue(DeployedModelFields.State, out var state) && state.TryGetString(out var text) && text == DeployedModelStates.Deployed;
}
