using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Takes over a deployment an interrupted create of the same resource made. What differs from the program is updated
/// in place (through <see cref="DeploymentUpdate"/>, which also waits for READY). Every failure from here on is a
/// partial create with the id, so the engine records the deployment: a difference that needs a replacement is
/// recorded with the inputs the deployment really has, so the next `pulumi up` replaces it.
/// </summary>
internal sealed class DeploymentAdoption(DeploymentResourceOptions options, IDeploymentsApi api)
{
    public async Task<ResourceCreateResponse> RunAsync(ResourceCreateRequest request, FireworksDeployment existing,
        OperationClock clock, CancellationToken cancellationToken)
    {
        var name = existing.Name!;
        var heldInputs = DeploymentReadInputs.ForRefresh(existing, request.Properties);
        var carry = DeploymentInputsParser.Parse(request.Properties, new CheckFailureCollector());
        var diff = DeploymentDiff.Diff(new ResourceDiffRequest(name, request.Urn, request.Name, request.Type,
            ImmutableDictionary<string, PropertyValues.PropertyValue>.Empty, heldInputs, request.Properties, []));
        var outputs = DeploymentOutputs.FromService(existing, carry);
        if (!diff.Replaces.IsEmpty)
        {
            throw PartialFailure.Of(name, outputs, heldInputs,
                $"deployment {name} was created for this resource by an earlier, interrupted `pulumi up`, but it differs in " +
                $"{string.Join(", ", diff.Replaces)}, which cannot change in place. It is now recorded in the stack as it is: " +
                "run `pulumi up` again to replace it");
        }

        var update = new ResourceUpdateRequest(name, request.Urn, request.Name, request.Type,
            outputs, heldInputs, request.Properties, clock.Remaining, [], Preview: false);
        try
        {
            var updated = await new DeploymentUpdate(options, api).RunAsync(update, cancellationToken).ConfigureAwait(false);
            return new ResourceCreateResponse(name, updated.Properties);
        }
        catch (ProviderErrorException refused)
        {
            throw PartialFailure.Of(name, outputs, heldInputs,
                $"deployment {name} (created for this resource by an earlier, interrupted `pulumi up`) is recorded in the " +
                $"stack, but bringing it in line with the program failed: {refused.Message}", refused);
        }
    }
}
