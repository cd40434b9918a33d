using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// The load itself, at most once per (model, deployment) pair. The service picks the id, so a load it received
/// twice would be two addons: the pair is looked up before the first request, and whenever a request's outcome is
/// unknown (no answer, a timeout, a 5xx — the client does not repeat such a request by itself) it is looked up again
/// before another request goes out (at most <see cref="DeployedModelResourceOptions.MaxLoadRequests"/>). A record
/// found for the pair is this resource's: it is adopted, and the engine log says so.
/// </summary>
internal sealed class DeployedModelLoad(DeployedModelResourceOptions options, IDeployedModelsApi api, ErrorReporter errors)
{
    /// <summary>The loaded (or adopted) record, and whether it was adopted rather than loaded by this call.</summary>
    public async Task<(Fireworks.DeployedModels.DeployedModel Record, bool Adopted)> RunAsync(LoadTarget target, DeployedModelSpec body,
        string urn, ProgressLog log, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(target, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            await AnnounceAsync(existing, urn, $"Fireworks already has {target} ({DeployedModelWaiter.StateOf(existing)}): an " +
                "earlier `pulumi up` loaded it and was interrupted before Pulumi recorded it, or it was loaded outside " +
                "Pulumi. A model loads onto a deployment once, so this resource takes that addon over", cancellationToken).ConfigureAwait(false);
            return (existing, true);
        }

        for (var sent = 1; ; sent++)
        {
            Exception unanswered;
            try
            {
                await log.SendAsync($"loading {target}").ConfigureAwait(false);
                var loaded = await api.CreateDeployedModelAsync(body,
                    new CreateDeployedModelOptions { ReplaceMergedAddon = target.ReplaceMergedAddon }, cancellationToken).ConfigureAwait(false);
                return (loaded, false);
            }
            catch (FireworksException exception) when (exception.Status == 409)
            {
                // The pair is loaded already: by an earlier request of ours the look-up could not see yet, or by another.
                existing = await FindAsync(target, cancellationToken).ConfigureAwait(false) ?? throw errors.Failed(exception);
                await AnnounceAsync(existing, urn, $"Fireworks refused a second load of {target} and holds this one",
                    cancellationToken).ConfigureAwait(false);
                return (existing, true);
            }
            catch (FireworksException exception) when (FireworksFailures.IsCertainRejection(exception))
            {
                throw errors.Failed(exception);
            }
            catch (Exception exception) when (exception is not (ArgumentException or OutOfMemoryException))
            {
                unanswered = exception;
            }

            var what = OperationClock.Describe(unanswered, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                throw errors.Failed(ProviderErrorCode.Cancelled,
                    $"loading {target} was cancelled after the request was sent; whether Fireworks loaded it is unknown. The " +
                    "next `pulumi up` looks the addon up before loading and takes it over if it exists", unanswered);
            }

            existing = await FindAfterUnansweredAsync(target, what, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                await AnnounceAsync(existing, urn, $"the answer to the load request was lost ({what}), but Fireworks holds " +
                    $"{target}: it is the addon that request loaded", cancellationToken).ConfigureAwait(false);
                return (existing, true);
            }

            if (sent >= options.MaxLoadRequests)
            {
                throw errors.Failed(ProviderErrorCode.Unavailable,
                    $"loading {target} failed: {sent} load requests got no answer (last: {what}), and Fireworks has no " +
                    "record of the addon, so nothing was loaded; run `pulumi up` again later", unanswered);
            }

            await log.SendAsync($"the load request got no answer ({what}) and Fireworks has no record of the addon: " +
                                "sending it again").ConfigureAwait(false);
        }
    }

    /// <summary>The live record of the pair (one being unloaded does not count), or null.</summary>
    private async Task<Fireworks.DeployedModels.DeployedModel?> FindAsync(LoadTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await LookUpAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"cannot load {target}: looking up whether it is loaded already failed", exception);
        }
    }

    private async Task<Fireworks.DeployedModels.DeployedModel?> FindAfterUnansweredAsync(LoadTarget target, string what,
        CancellationToken cancellationToken)
    {
        try
        {
            return await LookUpAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed(ProviderErrorCode.Unknown,
                $"the load request for {target} got no answer ({what}), and looking it up failed ({exception.Message}); " +
                "whether it was loaded is unknown. The next `pulumi up` looks it up again before loading", exception);
        }
    }

    private async Task<Fireworks.DeployedModels.DeployedModel?> LookUpAsync(LoadTarget target, CancellationToken cancellationToken)
    {
        // The filter is matched here too: should the service ignore a filter term, another pair must never be adopted.
        await foreach (var record in api.ListDeployedModelsAsync(ListDeployedModelsOptions.ForPair(target.Deployment, target.Model),
                           cancellationToken).ConfigureAwait(false))
        {
            if (record.Deployment == target.Deployment && record.Model == target.Model && !string.IsNullOrEmpty(record.Name)
                && record.State != DeployedModelStates.Undeploying)
            {
                return record;
            }
        }

        return null;
    }

    private Task AnnounceAsync(Fireworks.DeployedModels.DeployedModel record, string urn, string why, CancellationToken cancellationToken) =>
        Adoption.AnnounceAsync(options.Log, urn, $"deployed model {record.Name}", why, cancellationToken);
}
