using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>
/// The list parameters every collection shares: <c>pageSize</c> (default 50, larger than 200 coerced to 200),
/// <c>pageToken</c>, <c>filter</c>, <c>orderBy</c>. The token is bound to the filter, the order and any
/// endpoint-specific parameters given as <see cref="BoundTo"/>.
/// </summary>
internal sealed record ListQuery(int PageSize, string? PageToken, ListFilter Filter, IReadOnlyList<SortKey> Order, string BoundTo)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Reads the shared parameters of one list request.</summary>
    /// <param name="query">The request's query string.</param>
    /// <param name="filterFields">Fields the filter may name.</param>
    /// <param name="orderFields">Fields orderBy may name.</param>
    /// <param name="defaultOrder">The order when orderBy is empty.</param>
    /// <param name="boundParameters">Further parameters a page token must be presented with (e.g. showDeleted).</param>
    public static ListQuery From(
        IQueryCollection query,
        IReadOnlyCollection<string> filterFields,
        IReadOnlyCollection<string> orderFields,
        string defaultOrder,
        params string?[] boundParameters)
    {
        var pageSize = QueryParameters.GetInt(query, "pageSize") ?? 0;
        if (pageSize < 0)
        {
            throw ApiException.InvalidArgument("pageSize must not be negative");
        }

        var filterText = QueryParameters.GetString(query, "filter");
        var orderText = QueryParameters.GetString(query, "orderBy") ?? QueryParameters.GetString(query, "order_by");
        var filter = ListFilter.Parse(filterText, filterFields);
        var order = ListOrder.Parse(orderText, orderFields, defaultOrder);
        var token = QueryParameters.GetString(query, "pageToken");
        return new ListQuery(
            pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize),
            string.IsNullOrEmpty(token) ? null : token,
            filter,
            order,
            Listing.PageToken.Fingerprint([filterText?.Trim(), orderText?.Trim(), .. boundParameters]));
    }

    /// <summary>Filters, sorts and pages <paramref name="items"/>.</summary>
    public Page<T> Apply<T>(IEnumerable<T> items, Func<T, string, string?> filterValue, Func<T, string, object?> sortKey)
    {
        var matching = items.Where(item => Filter.Matches(field => filterValue(item, field)));
        var sorted = ListOrder.Sort(matching, Order, sortKey);
        var start = PageToken is null ? 0 : Math.Min(Listing.PageToken.Decode(PageToken, BoundTo), sorted.Count);
        var page = sorted.Skip(start).Take(PageSize).ToList();
        var end = start + page.Count;
        return new Page<T>(page, end < sorted.Count ? Listing.PageToken.Encode(BoundTo, end) : "", sorted.Count);
    }
}
