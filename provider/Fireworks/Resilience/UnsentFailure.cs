using System.Net;
using Polly;

namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// Which failures of a request that must not be repeated blindly (a create the service cannot recognise as a
/// repeat, because the service picks the id) still deserve another attempt: only those that prove the service did
/// not act on it. A 429 refuses the request before it is processed; a connection (or TLS session) that could not be
/// established carried nothing. A timeout, a dropped connection, a 408 or a 5xx leave the outcome unknown: the
/// caller decides what to do (e.g. look the result up before sending again).
/// </summary>
internal static class UnsentFailure
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException
            {
                HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                    or HttpRequestError.SecureConnectionError,
            };
        }

        // The server may still forbid the retry of a 429 (x-should-retry: false); TransientFailure honours that.
        return outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } && TransientFailure.ShouldRetry(outcome);
    }
}
