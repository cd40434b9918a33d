using Pulumi.Fireworks.Provider.Fireworks;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks;

public class FireworksClientOptionsTests
{
    [Fact]
    public void Defaults_MatchTheProviderConfiguration()
    {
        var options = new FireworksClientOptions();

        Assert.Equal(new Uri("https://api.fireworks.ai"), options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(60), options.AttemptTimeout);
        Assert.Equal(5, options.MaxRetries);
        Assert.Null(options.RequestsPerMinute);
        Assert.StartsWith("pulumi-resource-fireworks/", options.UserAgent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(6001)]
    public void Validate_BudgetOutsideTheFireworksRange_IsRejected(int requestsPerMinute)
    {
        var options = new FireworksClientOptions { ApiKey = "k", AccountId = "a", RequestsPerMinute = requestsPerMinute };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("RequestsPerMinute", error.ParamName);
    }

    [Fact]
    public void Validate_MissingApiKey_IsRejectedWithoutEchoingAnything()
    {
        var error = Assert.Throws<ArgumentException>(new FireworksClientOptions { AccountId = "a" }.Validate);

        Assert.Equal("ApiKey", error.ParamName);
    }

    [Fact]
    public void ToString_NeverShowsTheApiKey()
    {
        Assert.DoesNotContain("secret-key", new FireworksClientOptions { ApiKey = "secret-key" }.ToString()!, StringComparison.Ordinal);
    }
}
