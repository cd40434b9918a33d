using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// <c>fireworks:index:getDeploymentShape</c>: a shape with its latest validated version, found in the shape's version
/// list with <c>filter=latest_validated=true</c> (fireworks-api-more.md §2.1). The hardware fields come from that
/// version's snapshot, never from a newer unvalidated version. No validated version is an error.
/// </summary>
public sealed class GetDeploymentShapeFunction(FunctionOptions options) : IFunction
{
    public const string FunctionToken = "fireworks:index:getDeploymentShape";

    private const string NameArgument = "name";
    private const string NameForm = "the shape's full name accounts/{account}/deploymentShapes/{shape}, e.g. " +
                                    "accounts/fireworks/deploymentShapes/<shape> for a public shape";

    public string Token => FunctionToken;

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var args = new FunctionArguments(request.Args, [NameArgument]);
        var text = args.String(NameArgument, required: true, NameForm);
        var shape = text is null ? null : Parse(args, text);
        if (args.HasFailures || shape is null)
        {
            return InvokeResponse.Failed(args.Failures);
        }

        var api = options.DeploymentShapes
                  ?? throw new ProviderErrorException(ProviderErrorCode.FailedPrecondition, FireworksFailures.MissingCredentials("call getDeploymentShape"));
        var errors = new ErrorReporter(args.SecretValues, NotFoundHint);
        var versions = LatestValidatedVersions.Collector(options.MaxListed);
        var query = new ListDeploymentShapeVersionsOptions { Filter = LatestValidatedVersions.Filter, PageSize = options.PageSize };
        try
        {
            await foreach (var version in api.ListVersionsAsync(shape, query, cancellationToken).ConfigureAwait(false))
            {
                // The shape's own versions only: the list of a named shape holds nothing else, but a stray entry must
                // not become this shape's answer.
                if (LatestValidatedVersions.Counts(version) && ShapeName.OfVersion(version.Name) == shape && !versions.Add(version))
                {
                    break;
                }
            }
        }
        catch (FireworksException exception)
        {
            throw errors.Failed(FunctionToken, exception);
        }

        if (versions.Items.Count == 0)
        {
            throw errors.Failed(ProviderErrorCode.FailedPrecondition,
                $"{FunctionToken}: deployment shape {shape} has no validated version: Fireworks has not validated it " +
                "for deployments yet. Choose another shape (getDeploymentShapes lists the validated shapes of a base " +
                "model), or name one of its versions in a Deployment's deploymentShape with skipShapeValidation: true");
        }

        return new InvokeResponse(args.Seal(DeploymentShapeDetails.From(shape, versions.Items[0])), []);
    }

    private static ShapeName? Parse(FunctionArguments args, string text)
    {
        if (ShapeName.TryParse(text, out var shape) && shape.AccountId != "-" && shape.ShapeId != "-")
        {
            return shape;
        }

        var reason = ShapeName.OfVersion(text) is not null
            ? $"{args.Show(NameArgument, text)} names a version of a shape; name the shape itself (the result's " +
              "versionName is its latest validated version)"
            : $"{args.Show(NameArgument, text)} is not {NameForm}";
        args.Fail(NameArgument, reason);
        return null;
    }

    private static string NotFoundHint(FireworksException exception) =>
        exception.Status == 404
            ? "; check `name`: public shapes are in account fireworks (accounts/fireworks/deploymentShapes/<shape>), " +
              "and getDeploymentShapes lists the validated shapes of a base model"
            : string.Empty;
}
