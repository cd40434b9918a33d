using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class FireworksFailuresTests
{
    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(413)]
    [InlineData(414)]
    [InlineData(422)]
    [InlineData(431)]
    public void IsCertainRejection_AClientErrorTheServiceAnswered_ProvesNothingWasDone(int status)
    {
        Assert.True(FireworksFailures.IsCertainRejection(Failure(status)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void IsCertainRejection_NoAnswerATimeoutAThrottleOrAServerError_LeavesTheOutcomeOpen(int status)
    {
        Assert.False(FireworksFailures.IsCertainRejection(Failure(status)));
    }

    private static FireworksException Failure(int status) =>
        new("get deployment accounts/a/deployments/x", status, null, null, "refused", "req-1");
}
