using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// What a load needs, asked before anything is loaded so that the user gets a clear error instead of the service's:
/// the deployment exists and is READY (one still CREATING or UPDATING is waited for, within the create's timeout),
/// takes addons (<c>enableAddons</c>, or a hot-reload deployment with <c>replaceMergedAddon</c>), and serves the
/// LoRA's base model. Where the facts are not enough to be sure (a deployment shape may enable addons; a model that
/// cannot be read), the load itself decides. On a hot-reload deployment a load replaces the addon there: a lasting
/// warning names it, since two DeployedModel resources on one such deployment replace each other on every run.
/// </summary>
internal sealed class DeployedModelPreflight(DeployedModelResourceOptions options, IDeploymentsApi deployments,
    IDeployedModelsApi api, ErrorReporter errors)
{
    public async Task RunAsync(LoadTarget target, ProgressLog log, OperationClock clock, CancellationToken cancellationToken)
    {
        var deployment = await ReadyDeploymentAsync(target, log, clock, cancellationToken).ConfigureAwait(false);
        CheckAddons(target, deployment);
        await CheckBaseModelAsync(target, deployment, cancellationToken).ConfigureAwait(false);
        if (deployment.EnableHotReloadLatestAddon == true)
        {
            await WarnOfReplacedAddonsAsync(target, log, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WarnOfReplacedAddonsAsync(LoadTarget target, ProgressLog log, CancellationToken cancellationToken)
    {
        var replaced = new List<string>();
        try
        {
            await foreach (var record in api.ListDeployedModelsAsync(ListDeployedModelsOptions.OnDeployment(target.Deployment),
                               cancellationToken).ConfigureAwait(false))
            {
                if (record.Deployment == target.Deployment && !string.IsNullOrEmpty(record.Model)
                    && record.Model != target.Model && record.State != DeployedModelStates.Undeploying)
                {
                    replaced.Add($"{record.Model} ({record.Name})");
                }
            }
        }
        catch (FireworksException)
        {
            // Only a warning depends on it: the load goes ahead either way.
            return;
        }

        if (replaced.Count > 0)
        {
            await log.WarnAsync($"deployment {target.Deployment} hot-reloads one merged addon (`enableHotReloadLatestAddon: " +
                $"true`): loading {target.Model} replaces {string.Join(", ", replaced)}, loaded there now. If another " +
                "DeployedModel resource manages it, the two replace each other on every run (`pulumi refresh` finds one " +
                "gone and `pulumi up` loads it again); keep one DeployedModel per hot-reload deployment and change its " +
                "`model` to switch addons").ConfigureAwait(false);
        }
    }

    private async Task<FireworksDeployment> ReadyDeploymentAsync(LoadTarget target, ProgressLog log, OperationClock clock,
        CancellationToken cancellationToken)
    {
        FireworksDeployment? deployment;
        try
        {
            deployment = await deployments.GetDeploymentAsync(target.Deployment, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed($"cannot load {target}: its deployment could not be read", exception);
        }

        switch (deployment?.State)
        {
            case null or DeploymentStates.Deleted or DeploymentStates.Deleting:
                throw errors.Failed(ProviderErrorCode.NotFound,
                    $"cannot load {target}: deployment {target.Deployment} does not exist" +
                    (deployment is null ? string.Empty : $" (it is {deployment.State})") +
                    "; pass the Deployment's `name` output as `deployment`, so that Pulumi creates the deployment first");
            case DeploymentStates.Ready:
                return deployment;
            case DeploymentStates.Failed:
                throw errors.Failed(ProviderErrorCode.FailedPrecondition,
                    $"cannot load {target}: deployment {target.Deployment} is FAILED ({deployment.Status?.Message ?? "no message"}); " +
                    "fix the deployment first");
        }

        await log.SendAsync($"waiting for deployment {target.Deployment} ({deployment.State}) to be READY before loading")
            .ConfigureAwait(false);
        var waiting = options.DeploymentWaitOptions with { Timeout = clock.Remaining, Progress = DeployedModelProgress.OfDeployment(log) };
        try
        {
            var ready = await deployments.WaitForDeploymentAsync(target.Deployment, DeploymentWaitTarget.Ready, waiting,
                cancellationToken).ConfigureAwait(false);
            return ready ?? deployment;
        }
        catch (Exception exception) when (exception is DeploymentFailedException or DeploymentWaitTimeoutException or FireworksException)
        {
            // Nothing was loaded yet: each of these is a clean failure.
            throw exception switch
            {
                DeploymentWaitTimeoutException timedOut => errors.Failed(ProviderErrorCode.DeadlineExceeded,
                    $"cannot load {target}: the deployment is still {timedOut.LastSeen?.State ?? deployment.State} after " +
                    $"{OperationClock.Format(clock.Timeout)}; nothing was loaded: run `pulumi up` again once it is READY", timedOut),
                FireworksException failedPoll => errors.Failed($"cannot load {target}: waiting for its deployment to be READY failed", failedPoll),
                _ => errors.Failed(ProviderErrorCode.FailedPrecondition, $"cannot load {target}: {exception.Message}", exception),
            };
        }
    }

    private void CheckAddons(LoadTarget target, FireworksDeployment deployment)
    {
        if (deployment.EnableHotReloadLatestAddon == true)
        {
            if (!target.ReplaceMergedAddon)
            {
                throw errors.Failed(ProviderErrorCode.FailedPrecondition,
                    $"cannot load {target}: deployment {target.Deployment} hot-reloads one merged addon " +
                    "(`enableHotReloadLatestAddon: true`), so every load must replace the addon merged before: set " +
                    "`replaceMergedAddon: true` on this DeployedModel");
            }

            return;
        }

        // [inferred] A deployment shape whose version supports addons may enable them without the deployment's own
        // flag: with a shape the load decides.
        if (deployment.EnableAddons != true && string.IsNullOrEmpty(deployment.DeploymentShape))
        {
            throw errors.Failed(ProviderErrorCode.FailedPrecondition,
                $"cannot load {target}: deployment {target.Deployment} was created without `enableAddons: true`, so it " +
                "cannot serve LoRA addons; set `enableAddons: true` on the Deployment (an in-place update) and run " +
                "`pulumi up` again");
        }
    }

    private async Task CheckBaseModelAsync(LoadTarget target, FireworksDeployment deployment, CancellationToken cancellationToken)
    {
        FireworksModel? model;
        try
        {
            model = await api.GetModelAsync(target.Model, cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException)
        {
            // Not readable with this key (e.g. another account's model): the load itself will say whether it works.
            return;
        }

        if (model is null)
        {
            throw errors.Failed(ProviderErrorCode.NotFound,
                $"cannot load {target}: model {target.Model} does not exist (or the API key cannot see it)");
        }

        var loraBase = model.PeftDetails?.BaseModel;
        if (!string.IsNullOrEmpty(loraBase) && !string.IsNullOrEmpty(deployment.BaseModel)
            && !string.Equals(loraBase, deployment.BaseModel, StringComparison.Ordinal))
        {
            throw errors.Failed(ProviderErrorCode.FailedPrecondition,
                $"cannot load {target}: model {target.Model} is a LoRA of base model {loraBase}, but deployment " +
                $"{target.Deployment} serves base model {deployment.BaseModel}; load it onto a deployment whose " +
                $"`baseModel` is {loraBase}");
        }
    }
}
