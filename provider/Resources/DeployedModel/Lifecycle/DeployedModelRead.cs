using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>
/// Read for refresh, import and <c>.get</c>. The id is the full name (a bare id is completed with the configured
/// account); the response always carries the full name. Not found (404) means gone, and so does an addon being
/// unloaded: an unload cannot be undone, so it is on its way out (e.g. replaced on a hot-reload deployment). A
/// refresh that finds the load failed keeps the addon as a failed resource, so it is unloaded rather than forgotten.
/// </summary>
internal static class DeployedModelRead
{
    /// <summary>Reads the addon <paramref name="request"/> names, in <paramref name="options"/>' account by default.</summary>
    public static async Task<ResourceReadResponse> RunAsync(IDeployedModelsApi api, DeployedModelResourceOptions options,
        ResourceReadRequest request, CancellationToken cancellationToken)
    {
        // Import brings no inputs: the old outputs then carry the secrecy (and nothing else matters).
        var carry = DeployedModelInputs.Read(DeployedModelPreview.InputsOf(request.Inputs.IsEmpty ? request.Properties : request.Inputs),
            new CheckFailureCollector());
        var errors = DeployedModelErrors.Reporter(carry);
        if (!DeployedModelName.TryParse(request.Id, options.AccountId ?? string.Empty, out var parsed))
        {
            throw errors.Failed(ProviderErrorCode.InvalidArgument,
                $"'{request.Id}' is not a deployed model; import one by its full name accounts/<account>/deployedModels/<id>");
        }

        var name = parsed.ToString();
        var record = await LiveRecord.ReadAsync(token => api.GetDeployedModelAsync(name, token),
            found => found.State == DeployedModelStates.Undeploying, errors, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return ResourceReadResponse.Gone;
        }

        var id = string.IsNullOrEmpty(record.Name) ? name : record.Name;
        var held = DeployedModelOutputs.Held(record);
        var inputs = request.Inputs.IsEmpty
            ? held.ToPropertyMap()
            : RefreshInputs.Rebuild(DeployedModelFields.Inputs, request.Inputs, (held with { SecretProperties = carry.SecretProperties }).ToPropertyMap());
        var outputs = DeployedModelOutputs.FromService(record, carry);
        var state = DeployedModelWaiter.StateOf(record);
        if (!request.Properties.IsEmpty && (state == DeployedModelStates.Unspecified || !DeployedModelWaiter.IsOk(record)))
        {
            throw new ResourceInitializationException(id, outputs, inputs,
            [
                errors.Redact($"deployed model {id} did not load (state {state}, status {record.Status?.Code ?? "unknown"}: " +
                              $"{record.Status?.Message ?? "no message"}); load it again with `pulumi up --replace`, or remove " +
                              "it from the program to unload it"),
            ]);
        }

        return new ResourceReadResponse(id, outputs, inputs);
    }
}
