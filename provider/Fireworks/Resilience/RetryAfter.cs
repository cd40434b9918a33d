using System.Globalization;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>Reads how long the server asks us to wait: <c>retry-after-ms</c>, then <c>Retry-After</c> (seconds or HTTP date).</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var msValues)
            && double.TryParse(msValues.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
            && ms >= 0 && !double.IsInfinity(ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
