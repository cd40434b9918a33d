using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// <c>fireworks:index:getDeploymentShapes</c>: every shape with a validated version for one base model, each with
/// its latest validated version, from the cross-shape version list
/// <c>GET /v1/accounts/-/deploymentShapes/-/versions?filter=snapshot.base_model="…" AND latest_validated=true</c>
/// (fireworks-api-more.md §2.1), every page read. An empty list is a valid answer.
/// </summary>
public sealed class GetDeploymentShapesFunction(FunctionOptions options) : IFunction
{
    public const string FunctionToken = "fireworks:index:getDeploymentShapes";

    private const string BaseModelArgument = "baseModel";
    private const string ModelForm = "a full model name accounts/{account}/models/{model}, e.g. " +
                                     "accounts/fireworks/models/llama-v3p1-8b-instruct";
    private const string ResultName = "shapes";

    public string Token => FunctionToken;

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var args = new FunctionArguments(request.Args, [BaseModelArgument]);
        var baseModel = args.String(BaseModelArgument, required: true, ModelForm);
        if (baseModel is not null && !IsModelName(baseModel))
        {
            var bare = baseModel.Length > 0 && !baseModel.Contains('/', StringComparison.Ordinal) && IsSegment(baseModel)
                ? $" (a Fireworks model would be accounts/fireworks/models/{baseModel})"
                : string.Empty;
            args.Fail(BaseModelArgument, $"{args.Show(BaseModelArgument, baseModel)} is not {ModelForm}" +
                                         (args.SecretNames.Contains(BaseModelArgument) ? string.Empty : bare));
        }

        if (args.HasFailures || baseModel is null)
        {
            return InvokeResponse.Failed(args.Failures);
        }

        var api = options.DeploymentShapes
                  ?? throw new ProviderErrorException(ProviderErrorCode.FailedPrecondition, FireworksFailures.MissingCredentials("call getDeploymentShapes"));

        // IsModelName admits no quote or backslash, so the value needs no escaping inside the quotes.
        var query = new ListDeploymentShapeVersionsOptions
        {
            Filter = $"snapshot.base_model=\"{baseModel}\" AND {LatestValidatedVersions.Filter}",
            PageSize = options.PageSize,
        };
        var versions = LatestValidatedVersions.Collector(options.MaxListed);
        try
        {
            await foreach (var version in api.ListVersionsAsync(ShapeName.Everywhere, query, cancellationToken).ConfigureAwait(false))
            {
                if (LatestValidatedVersions.Counts(version) && IsFor(version, baseModel) && !versions.Add(version))
                {
                    break;
                }
            }
        }
        catch (FireworksException exception)
        {
            throw new ErrorReporter(args.SecretValues).Failed(FunctionToken, exception);
        }

        if (versions.Overflowed)
        {
            await FunctionLog.WarnAsync(options.Log,
                $"{FunctionToken}: more than {options.MaxListed.ToString(CultureInfo.InvariantCulture)} shapes have a " +
                $"validated version for the base model; returning the first {options.MaxListed.ToString(CultureInfo.InvariantCulture)}",
                cancellationToken).ConfigureAwait(false);
        }

        var shapes = PropertyValue.CreateList(versions.Items.Select(version =>
            PropertyValue.CreateMap(DeploymentShapeDetails.From(ShapeName.OfVersion(version.Name)!, version))));
        return new InvokeResponse(args.Seal(ImmutableDictionary.Create<string, PropertyValue>(StringComparer.Ordinal)
            .Add(ResultName, shapes)), []);
    }

    /// <summary>A snapshot naming another model is left out, should the service not apply the filter.</summary>
    private static bool IsFor(DeploymentShapeVersion version, string baseModel) =>
        string.IsNullOrEmpty(version.Snapshot?.BaseModel) || version.Snapshot.BaseModel == baseModel;

    private static bool IsModelName(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 4 && parts[0] == "accounts" && parts[2] == "models" && IsSegment(parts[1]) && IsSegment(parts[3]);
    }

    private static bool IsSegment(string segment) =>
        segment.Length > 0 && segment != "-" && segment.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('"' or '\\'));
}
