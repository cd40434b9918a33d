using System.Runtime.CompilerServices;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>
/// The deployment-shapes API of one <see cref="FireworksClient"/> (it shares the client's transport and rate gate).
/// Shapes may live in another account than the configured one (the public ones are in <c>fireworks</c>), so every
/// call names the shape's own account. Immutable and thread-safe.
/// </summary>
public sealed class DeploymentShapesClient : IDeploymentShapesApi
{
    private readonly FireworksChannel channel;

    internal DeploymentShapesClient(FireworksChannel channel)
    {
        this.channel = channel;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<DeploymentShapeVersion> ListVersionsAsync(ShapeName shape, ListDeploymentShapeVersionsOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shape);
        options ??= new ListDeploymentShapeVersionsOptions();
        var operation = $"list deployment shape versions {shape}";
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? pageToken = null;
        do
        {
            // Every page repeats the same parameters: a page token is only valid with the ones that produced it.
            var query = new RequestQuery()
                .Number("pageSize", options.PageSize)
                .Value("pageToken", pageToken)
                .Value("filter", options.Filter)
                .Value("orderBy", options.OrderBy);

            DeploymentShapeVersionList page;
            using (var result = await channel.Transport.SendAsync(HttpMethod.Get, $"v1/{shape.Path}/versions{query}", null, operation, channel.Redactor, cancellationToken).ConfigureAwait(false))
            {
                if (!result.IsSuccess)
                {
                    throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
                }

                page = await FireworksTransport.ReadAsync(result.Response, FireworksJsonContext.Default.DeploymentShapeVersionList, operation, cancellationToken).ConfigureAwait(false);
            }

            foreach (var version in page.DeploymentShapeVersions ?? [])
            {
                yield return version;
            }

            pageToken = string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken;

            // A token seen before would loop forever; failing is better than a silently partial list.
            if (pageToken is not null && !seenTokens.Add(pageToken))
            {
                throw new FireworksException(operation, 200, null, null, "the service returned the same page token twice", null);
            }
        }
        while (pageToken is not null);
    }
}
