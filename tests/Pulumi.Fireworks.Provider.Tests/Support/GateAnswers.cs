using System.Net;
using System.Net.Http.Headers;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Answers to report to a rate gate's lease: accepted, or throttled with or without Retry-After.</summary>
internal static class GateAnswers
{
    public static HttpResponseMessage Ok() => new(HttpStatusCode.OK);

    public static HttpResponseMessage Throttled(TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
        }

        return response;
    }
}
