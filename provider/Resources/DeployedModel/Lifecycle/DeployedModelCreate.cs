using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// Create: ask Fireworks whether the load can work (<see cref="DeployedModelPreflight"/>), load at most once per
/// (model, deployment) pair (<see cref="DeployedModelLoad"/>), bring an adopted addon's in-place fields in line, and
/// wait until it is <c>DEPLOYED</c>, with progress on the resource's row. Once the addon exists every failure is a
/// partial create carrying its id, so <c>pulumi destroy</c> can unload it; a load that ends with the record gone
/// is a clean error, since nothing is left.
/// </summary>
internal sealed class DeployedModelCreate(DeployedModelResourceOptions options, IDeployedModelsApi api, IDeploymentsApi deployments)
{
    public async Task<ResourceCreateResponse> RunAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        var inputs = DeployedModelInputs.Read(request.Properties, new CheckFailureCollector());
        var errors = DeployedModelErrors.Reporter(inputs);
        var target = Target(inputs, errors);
        var clock = new OperationClock(options.TimeProvider, request.Timeout ?? options.DefaultTimeout);
        var log = new ProgressLog(options.Log, request.Urn, "loading");

        await new DeployedModelPreflight(options, deployments, api, errors).RunAsync(target, log, clock, cancellationToken)
            .ConfigureAwait(false);
        var body = new DeployedModelSpec
        {
            Model = target.Model,
            Deployment = target.Deployment,
            DisplayName = DeployedModelInputs.Text(inputs.DisplayName),
            Description = DeployedModelInputs.Text(inputs.Description),
            Default = DeployedModelInputs.Flag(inputs.Default),
            Public = DeployedModelInputs.Flag(inputs.Public),
        };
        var (record, adopted) = await new DeployedModelLoad(options, api, errors)
            .RunAsync(target, body, request.Urn, log, cancellationToken).ConfigureAwait(false);
        var name = record.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw errors.Failed(ProviderErrorCode.Unknown,
                $"Fireworks accepted the load of {target} but named no deployed model; the next `pulumi up` looks it up and " +
                "takes it over");
        }

        var keep = new KeepOnFailure<Fireworks.DeployedModels.DeployedModel>(name, token => api.GetDeployedModelAsync(name, token),
            current => DeployedModelOutputs.Best(name, current, inputs), request.Properties, errors, options.TimeProvider);
        var deployed = await keep.WaitAsync(token => api.WaitForDeployedModelAsync(name, DeployedModelWaitTarget.Deployed,
                    options.WaitOptions with { Timeout = clock.Remaining, Progress = DeployedModelProgress.Of(log) }, token),
                exception => WhyStopped(exception, target, name, clock, cancellationToken, errors), record, cancellationToken)
            .ConfigureAwait(false) ?? record;

        var differences = adopted ? DeployedModelPatch.Differences(inputs, deployed).ToList() : [];
        if (differences.Count > 0)
        {
            deployed = await keep.WaitAsync(async token =>
                {
                    await new DeployedModelPatch(options, api, errors).SendAsync(name,
                        DeployedModelPatch.Body(inputs, differences), log, clock, token).ConfigureAwait(false);
                    return await api.WaitForDeployedModelAsync(name, DeployedModelWaitTarget.Deployed,
                        options.WaitOptions with { Timeout = clock.Remaining, Progress = DeployedModelProgress.Of(log) },
                        token).ConfigureAwait(false);
                },
                exception => new StoppedWait<Fireworks.DeployedModels.DeployedModel>(
                    $"deployed model {name} (taken over for this resource) is recorded in the stack, but bringing " +
                    $"{string.Join(", ", differences)} in line with the program failed " +
                    $"({OperationClock.Describe(exception, cancellationToken)}); run `pulumi up` again", null),
                deployed, cancellationToken).ConfigureAwait(false) ?? deployed;
        }

        return new ResourceCreateResponse(name, DeployedModelOutputs.FromService(deployed, inputs));
    }

    private LoadTarget Target(DeployedModelInputs inputs, ErrorReporter errors)
    {
        var model = DeployedModelInputs.Text(inputs.Model);
        var deployment = DeployedModelInputs.Text(inputs.Deployment);
        string? fullName = null;
        if (model is null || deployment is null || string.IsNullOrEmpty(options.AccountId)
            || !DeployedModelTargets.TryDeployment(deployment, options.AccountId, out fullName))
        {
            throw errors.Failed(ProviderErrorCode.InvalidArgument,
                "cannot load a model without a known `model`, a known `deployment` and a configured account id");
        }

        return new LoadTarget(model, fullName, DeployedModelInputs.Flag(inputs.ReplaceMergedAddon) ?? false);
    }

    /// <summary>Why the wait for DEPLOYED ended short of it; a record that vanished leaves nothing to keep.</summary>
    private static StoppedWait<Fireworks.DeployedModels.DeployedModel> WhyStopped(Exception exception, LoadTarget target, string name,
        OperationClock clock, CancellationToken cancellationToken, ErrorReporter errors) => exception switch
    {
        DeployedModelLoadFailedException { Vanished: true } vanished => throw errors.Failed(ProviderErrorCode.Aborted,
            $"loading {target} failed: {vanished.Message}. Check the model and the deployment, then run `pulumi up` again",
            vanished),
        DeployedModelLoadFailedException failed => new(
            $"loading {target} failed: {failed.Message}. The failed addon {name} is kept in the stack so that it can be " +
            "unloaded: fix the cause, then load it again with `pulumi up --replace <this resource's URN>`, or remove it " +
            "from the program to unload it", failed.DeployedModel),
        DeployedModelWaitTimeoutException timedOut => new(
            $"deployed model {name} was loaded but is not DEPLOYED after {OperationClock.Format(clock.Timeout)} (last state: " +
            $"{DeployedModelWaiter.StateOf(timedOut.LastSeen)}). It is kept in the stack: run `pulumi up` to keep waiting " +
            "(raise customTimeouts.create: a deployment scaled to zero loads nothing), or `pulumi destroy` to unload it",
            timedOut.LastSeen),
        _ => new(
            $"deployed model {name} was loaded, but waiting for it to be DEPLOYED stopped " +
            $"({OperationClock.Describe(exception, cancellationToken)}). It is kept in the stack: run `pulumi up` to keep " +
            "waiting, or `pulumi destroy` to unload it", null),
    };
}
