using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// <c>fireworks:index:getDeployments</c>: the deployments of the configured account, optionally filtered by
/// Fireworks (<c>filter</c> is passed through as given) and with soft-deleted ones (<c>showDeleted</c>). Every page is
/// read; a deployment is listed once; at most <see cref="FunctionOptions.MaxListed"/> are returned, with a lasting
/// warning when there are more (reading stops there).
/// </summary>
public sealed class GetDeploymentsFunction(FunctionOptions options) : IFunction
{
    public const string FunctionToken = "fireworks:index:getDeployments";

    private const string FilterArgument = "filter";
    private const string ShowDeletedArgument = "showDeleted";
    private const string ResultName = "deployments";

    public string Token => FunctionToken;

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var args = new FunctionArguments(request.Args, [FilterArgument, ShowDeletedArgument]);
        var filter = args.String(FilterArgument, required: false, "an AIP-160 filter");
        var showDeleted = args.Boolean(ShowDeletedArgument);
        if (args.HasFailures)
        {
            return InvokeResponse.Failed(args.Failures);
        }

        var api = options.Deployments
                  ?? throw new ProviderErrorException(ProviderErrorCode.FailedPrecondition, FireworksFailures.MissingCredentials("call getDeployments"));
        var list = new BoundedUniqueList<FireworksDeployment>(options.MaxListed, deployment => deployment.Name);
        var query = new ListDeploymentsOptions { Filter = filter, ShowDeleted = showDeleted ?? false, PageSize = options.PageSize };
        try
        {
            await foreach (var deployment in api.ListDeploymentsAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (!list.Add(deployment))
                {
                    break;
                }
            }
        }
        catch (FireworksException exception)
        {
            throw new ErrorReporter(args.SecretValues, FilterHint).Failed(FunctionToken, exception);
        }

        if (list.Overflowed)
        {
            await FunctionLog.WarnAsync(options.Log,
                $"{FunctionToken}: account '{options.AccountId}' has more than {Count(options.MaxListed)} deployments" +
                $"{(filter is null ? string.Empty : " matching `filter`")}; returning the first {Count(options.MaxListed)} " +
                "(narrow the list with `filter`, e.g. base_model=\"accounts/fireworks/models/<model>\")",
                cancellationToken).ConfigureAwait(false);
        }

        var items = PropertyValue.CreateList(list.Items.Select(deployment => PropertyValue.CreateMap(DeploymentDetails.From(deployment))));
        return new InvokeResponse(args.Seal(ImmutableDictionary.Create<string, PropertyValue>(StringComparer.Ordinal)
            .Add(ResultName, items)), []);
    }

    private static string FilterHint(FireworksException exception) =>
        exception.Status == 400
            ? "; check `filter`: Fireworks takes AIP-160 filters with snake_case fields and double-quoted values, and " +
              "only display_name and base_model are known to work, e.g. base_model=\"accounts/fireworks/models/<model>\""
            : string.Empty;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
