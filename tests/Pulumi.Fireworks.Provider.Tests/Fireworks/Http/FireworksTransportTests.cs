using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Http;

public class FireworksTransportTests
{
    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    [Fact]
    public void Constructor_ToldBudget_HoldsOnTheSharedGateUntilDisposed()
    {
        var gate = new RequestRateLimiter(time);
        using var generous = Transport(gate, 600);
        var strict = Transport(gate, 30);

        Assert.Equal(30, gate.RequestsPerMinute);
        strict.Dispose();

        Assert.Equal(600, gate.RequestsPerMinute);
    }

    [Fact]
    public async Task SendAsync_InsideAPollerScope_IsServedAfterAMutationQueuedLater()
    {
        var order = new List<string>();
        handler.Fallback = r => { order.Add(r.Method.Method); return StubHttpHandler.Response(HttpStatusCode.OK, "{}"); };
        var gate = new RequestRateLimiter(10, time);
        using var transport = Transport(gate, 10);
        var redactor = new SecretRedactor([]);

        await time.RunAsync(async () =>
        {
            // Fill the window; the poll and the PATCH then queue, the poll first.
            await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Send(transport, HttpMethod.Get, redactor)));
            Task poll;
            using (new Poller().Enter())
            {
                poll = Send(transport, HttpMethod.Get, redactor);
            }

            await Task.WhenAll(poll, Send(transport, HttpMethod.Patch, redactor));
        });

        Assert.Equal(["PATCH", "GET"], order.Skip(10));
    }

    private static async Task Send(FireworksTransport transport, HttpMethod method, SecretRedactor redactor)
    {
        using var response = await transport.SendAsync(method, "v1/accounts/acme", null, "test", redactor, CancellationToken.None);
    }

    private FireworksTransport Transport(RequestRateLimiter gate, int requestsPerMinute) =>
        new(new FireworksClientOptions
        {
            BaseUrl = new Uri("http://fireworks.test"),
            ApiKey = FireworksTestClient.ApiKey,
            AccountId = FireworksTestClient.Account,
            Transport = handler,
            TimeProvider = time,
            RequestsPerMinute = requestsPerMinute,
        }, gate, () => 0.5);
}
