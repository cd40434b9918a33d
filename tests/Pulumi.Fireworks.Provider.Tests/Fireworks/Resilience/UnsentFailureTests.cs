using System.Net;
using Polly;
using Polly.Timeout;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public sealed class UnsentFailureTests
{
    private static Outcome<HttpResponseMessage> Answer(HttpStatusCode status, string? shouldRetry = null)
    {
        var response = new HttpResponseMessage(status);
        if (shouldRetry is not null)
        {
            response.Headers.Add("x-should-retry", shouldRetry);
        }

        return Outcome.FromResult(response);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public void ShouldRetry_ConnectionThatCouldNotBeMade_IsRetried(HttpRequestError error)
    {
        Assert.True(UnsentFailure.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "no"))));
    }

    [Fact]
    public void ShouldRetry_TooManyRequests_IsRetriedUnlessTheServerForbidsIt()
    {
        Assert.True(UnsentFailure.ShouldRetry(Answer(HttpStatusCode.TooManyRequests)));
        Assert.False(UnsentFailure.ShouldRetry(Answer(HttpStatusCode.TooManyRequests, "false")));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public void ShouldRetry_AnswerThatLeavesTheOutcomeOpen_IsNotRetriedEvenIfTheServerSaysSo(HttpStatusCode status)
    {
        Assert.False(UnsentFailure.ShouldRetry(Answer(status)));
        Assert.False(UnsentFailure.ShouldRetry(Answer(status, "true")));
    }

    [Fact]
    public void ShouldRetry_TimeoutOrDroppedConnection_IsNotRetried()
    {
        Assert.False(UnsentFailure.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.False(UnsentFailure.ShouldRetry(Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ResponseEnded, "dropped"))));
    }
}
