using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Fireworks.Http;

/// <summary>
/// Reads every page of a list call (<c>pageToken</c> / <c>nextPageToken</c>): every page repeats the same parameters,
/// since a page token is only valid with the ones that produced it, and a token seen twice fails the list rather than
/// looping forever or returning a silently partial list.
/// </summary>
internal static class ListPages
{
    /// <param name="channel">The client's transport, redactor and account.</param>
    /// <param name="path">The collection's path below the base URL, e.g. <c>v1/accounts/a/deployments</c>.</param>
    /// <param name="query">The call's parameters; the page token is added to them.</param>
    /// <param name="pageType">The page's wire type.</param>
    /// <param name="items">The page's items.</param>
    /// <param name="nextToken">The page's <c>nextPageToken</c>.</param>
    /// <param name="operation">What the call does, for messages.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<TItem> ReadAsync<TPage, TItem>(FireworksChannel channel, string path,
        Func<RequestQuery> query, JsonTypeInfo<TPage> pageType, Func<TPage, IReadOnlyList<TItem>?> items,
        Func<TPage, string?> nextToken, string operation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? pageToken = null;
        do
        {
            TPage page;
            using (var result = await channel.Transport.SendAsync(HttpMethod.Get, $"{path}{query().Value("pageToken", pageToken)}",
                       null, operation, channel.Redactor, cancellationToken).ConfigureAwait(false))
            {
                if (!result.IsSuccess)
                {
                    throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
                }

                page = await FireworksTransport.ReadAsync(result.Response, pageType, operation, cancellationToken).ConfigureAwait(false);
            }

            foreach (var item in items(page) ?? [])
            {
                yield return item;
            }

            pageToken = nextToken(page) is { Length: > 0 } next ? next : null;
            if (pageToken is not null && !seenTokens.Add(pageToken))
            {
                throw new FireworksException(operation, 200, null, null, "the service returned the same page token twice", null);
            }
        }
        while (pageToken is not null);
    }
}
