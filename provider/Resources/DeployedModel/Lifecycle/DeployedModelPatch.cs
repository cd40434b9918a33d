using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// An in-place change of a deployed model: the PATCH body holds only the changed fields (the client derives the
/// snake_case <c>updateMask</c> from it), sent once the record has settled, never to a record whose load failed.
/// </summary>
internal sealed class DeployedModelPatch(DeployedModelResourceOptions options, IDeployedModelsApi api, ErrorReporter errors)
{
    /// <summary>
    /// The body for the <paramref name="changed"/> inputs: their new values, or for a removed one what the service
    /// resets it to (an empty text, <c>public: false</c>). A removed <c>default</c> is not sent: unset means
    /// "whatever the service decides".
    /// </summary>
    public static DeployedModelSpec Body(DeployedModelInputs news, IEnumerable<InputField> changed) =>
        changed.Aggregate(new DeployedModelSpec(), (spec, field) => field switch
        {
            _ when field == DeployedModelFields.DisplayName => spec with { DisplayName = DeployedModelInputs.Text(news.DisplayName) ?? string.Empty },
            _ when field == DeployedModelFields.Description => spec with { Description = DeployedModelInputs.Text(news.Description) ?? string.Empty },
            _ when field == DeployedModelFields.Default => spec with { Default = DeployedModelInputs.Flag(news.Default) },
            _ when field == DeployedModelFields.Public => spec with { Public = DeployedModelInputs.Flag(news.Public) ?? false },
            _ => spec,
        });

    /// <summary>The set in-place inputs whose value differs from what the service holds (an adopted record).</summary>
    public static IEnumerable<InputField> Differences(DeployedModelInputs inputs, Fireworks.DeployedModels.DeployedModel record)
    {
        static bool Differs<T>(Known<T>? wanted, T held) =>
            wanted is { IsKnown: true } && !EqualityComparer<T>.Default.Equals(wanted.Value, held);

        var differing = new (InputField Field, bool Differs)[]
        {
            (DeployedModelFields.DisplayName, Differs(inputs.DisplayName, record.DisplayName ?? string.Empty)),
            (DeployedModelFields.Description, Differs(inputs.Description, record.Description ?? string.Empty)),
            (DeployedModelFields.Default, Differs(inputs.Default, record.Default ?? false)),
            (DeployedModelFields.Public, Differs(inputs.Public, record.Public ?? false)),
        };
        return differing.Where(field => field.Differs).Select(field => field.Field);
    }

    /// <summary>Sends the PATCH once the record has settled; a failure here means nothing changed, or is said to be unknown.</summary>
    public async Task<Fireworks.DeployedModels.DeployedModel> SendAsync(string name, DeployedModelSpec body, ProgressLog log, OperationClock clock,
        CancellationToken cancellationToken)
    {
        await SettledAsync(name, log, clock, cancellationToken).ConfigureAwait(false);
        await log.SendAsync($"updating {name}").ConfigureAwait(false);
        return await InPlaceUpdate.SendAsync(() => api.UpdateDeployedModelAsync(name, body, cancellationToken),
            $"deployed model {name}", errors).ConfigureAwait(false);
    }

    /// <summary>
    /// The record before the PATCH: it must exist and have loaded; one still loading or updating is waited for
    /// (the service refuses a PATCH meanwhile).
    /// </summary>
    private async Task SettledAsync(string name, ProgressLog log, OperationClock clock, CancellationToken cancellationToken)
    {
        try
        {
            var record = await api.GetDeployedModelAsync(name, cancellationToken).ConfigureAwait(false);
            if (record is null || record.State == DeployedModelStates.Undeploying)
            {
                throw errors.Failed(ProviderErrorCode.NotFound,
                    $"cannot update deployed model {name}: it is no longer loaded ({DeployedModelWaiter.StateOf(record)}); " +
                    "run `pulumi refresh` to drop it from the stack, then `pulumi up` to load it again");
            }

            if (record.State is DeployedModelStates.Deploying or DeployedModelStates.Updating)
            {
                await api.WaitForDeployedModelAsync(name, DeployedModelWaitTarget.Deployed,
                    options.WaitOptions with { Timeout = clock.Remaining, Progress = DeployedModelProgress.Of(log) },
                    cancellationToken).ConfigureAwait(false);
            }
            else if (DeployedModelWaiter.StateOf(record) == DeployedModelStates.Unspecified || !DeployedModelWaiter.IsOk(record))
            {
                throw new DeployedModelLoadFailedException(name, record, $"deployed model {name} did not load " +
                    $"(state {DeployedModelWaiter.StateOf(record)}, status {record.Status?.Code ?? "unknown"}: {record.Status?.Message ?? "no message"})");
            }
        }
        catch (Exception exception) when (exception is DeployedModelLoadFailedException or DeployedModelWaitTimeoutException
                                              or FireworksException)
        {
            // Nothing was sent yet: each of these is a clean failure.
            throw exception switch
            {
                DeployedModelWaitTimeoutException timedOut => errors.Failed(ProviderErrorCode.DeadlineExceeded,
                    $"cannot update deployed model {name}: it is still {DeployedModelWaiter.StateOf(timedOut.LastSeen)}; " +
                    "nothing was changed, run `pulumi up` again later", timedOut),
                FireworksException failedRead => errors.Failed($"updating deployed model {name} failed before anything was sent",
                    failedRead),
                _ => errors.Failed(ProviderErrorCode.FailedPrecondition,
                    $"cannot update: {exception.Message}. Nothing was changed; replace the addon (`pulumi up --replace`) to " +
                    "load it again", exception),
            };
        }
    }
}
