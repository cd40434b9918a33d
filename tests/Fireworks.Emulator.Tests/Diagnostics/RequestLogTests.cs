using Fireworks.Emulator;
using Fireworks.Emulator.Diagnostics;

namespace Fireworks.Emulator.Tests.Diagnostics;

public sealed class RequestLogTests
{
    private static RequestLogEntry Entry(string method, int status) =>
        new(method, "/v1/accounts/a/deployments", "?deploymentId=chat-1", "127.0.0.1", status, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Snapshot_RequestsEndingOutOfOrder_AreListedInArrivalOrder()
    {
        // A committed-then-dropped POST may finish after the retry that overtook it.
        var log = new RequestLog();
        var dropped = log.Arrive();
        var retry = log.Arrive();

        log.Add(retry, Entry("POST", 409));
        log.Add(dropped, Entry("POST", 0));

        Assert.Equal([0, 409], log.Snapshot().Select(e => e.Status));
    }

    [Fact]
    public void Clear_ThenNewRequests_StartAFreshLogInArrivalOrder()
    {
        var log = new RequestLog();
        log.Add(log.Arrive(), Entry("GET", 200));

        log.Clear();
        var first = log.Arrive();
        var second = log.Arrive();
        log.Add(second, Entry("DELETE", 200));
        log.Add(first, Entry("PATCH", 200));

        Assert.Equal(["PATCH", "DELETE"], log.Snapshot().Select(e => e.Method));
    }
}
