using System.Net;
using Polly;
using Polly.Timeout;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>Which outcomes are worth another attempt.</summary>
internal static class TransientFailure
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            // Connection failures and attempt timeouts: the request may or may not have reached the server.
            // That is safe because every operation is idempotent by construction (create carries its id).
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        // The official SDK lets the server override the decision; so do we.
        if (response.Headers.TryGetValues("x-should-retry", out var values))
        {
            var value = values.FirstOrDefault();
            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var status = (int)response.StatusCode;
        return status == (int)HttpStatusCode.RequestTimeout
            || status == (int)HttpStatusCode.TooManyRequests
            || (status >= 500 && status != (int)HttpStatusCode.NotImplemented && status != (int)HttpStatusCode.HttpVersionNotSupported);
    }
}
