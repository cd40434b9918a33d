using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public class RequestRateLimiterRegistryTests
{
    private readonly FakeTimeProvider time = new();
    private readonly RequestRateLimiterRegistry registry = new();

    [Fact]
    public void For_SameAccountTwice_ReturnsOneGate()
    {
        var first = registry.For(new Uri("https://api.fireworks.ai"), "acme", time);

        Assert.Same(first, registry.For(new Uri("https://api.fireworks.ai/"), "acme", time));
    }

    [Fact]
    public void For_OtherAccountOrEndpoint_ReturnsAnotherGate()
    {
        var first = registry.For(new Uri("https://api.fireworks.ai"), "acme", time);

        Assert.NotSame(first, registry.For(new Uri("https://api.fireworks.ai"), "other-team", time));
        Assert.NotSame(first, registry.For(new Uri("http://127.0.0.1:8089"), "acme", time));
    }

    [Fact]
    public void For_NewGate_StartsAtTheDocumentedCeilingUntilABudgetIsClaimed()
    {
        var gate = registry.For(new Uri("https://api.fireworks.ai"), "acme", time);
        Assert.Equal(6000, gate.RequestsPerMinute);

        using var claim = gate.Claim(10);

        Assert.Equal(10, gate.RequestsPerMinute);
    }
}
