using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// <c>fireworks:index:getDeployment</c>: one deployment by full name or bare id (completed with the configured
/// account), with every property Fireworks holds (<see cref="DeploymentDetails"/>). A deployment that does not exist
/// (404) or is soft-deleted (DELETED) is an error naming it, never an empty result.
/// </summary>
public sealed class GetDeploymentFunction(FunctionOptions options) : IFunction
{
    public const string FunctionToken = "fireworks:index:getDeployment";

    private const string NameArgument = "name";
    private const string NameForm = "the deployment's full name accounts/{account}/deployments/{deploymentId}, or a bare deployment id";

    public string Token => FunctionToken;

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var args = new FunctionArguments(request.Args, [NameArgument]);
        var text = args.String(NameArgument, required: true, NameForm);
        DeploymentName? name = null;
        if (text is not null && !DeploymentName.TryParse(text, options.AccountId, out name))
        {
            args.Fail(NameArgument, $"{args.Show(NameArgument, text)} is not {NameForm}");
        }

        if (args.HasFailures || name is null)
        {
            return InvokeResponse.Failed(args.Failures);
        }

        var api = options.Deployments
                  ?? throw new ProviderErrorException(ProviderErrorCode.FailedPrecondition, FireworksFailures.MissingCredentials("call getDeployment"));
        var errors = new ErrorReporter(args.SecretValues);
        Fireworks.Deployments.Deployment? deployment;
        try
        {
            deployment = await api.GetDeploymentAsync(name.ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw errors.Failed(FunctionToken, exception);
        }

        if (deployment is null || deployment.State == DeploymentStates.Deleted)
        {
            var why = deployment is null ? "does not exist" : "was deleted (it is soft-deleted and waits to be purged)";
            throw errors.Failed(ProviderErrorCode.NotFound,
                $"{FunctionToken}: deployment {name} {why}; check `name` (a bare id is looked up in account " +
                $"'{options.AccountId}', the configured fireworks:accountId)");
        }

        return new InvokeResponse(args.Seal(DeploymentDetails.From(deployment)), []);
    }
}
