using Pulumi.Fireworks.Provider.Configuration;

namespace Pulumi.Fireworks.Provider.Tests.Configuration;

public sealed class ProviderConfigurationTests
{
    [Fact]
    public void ToString_NeverShowsTheApiKey()
    {
        var configuration = new ProviderConfiguration("fw-super-secret", "my-team", ProviderConfiguration.DefaultBaseUrl,
            ProviderConfiguration.DefaultRequestTimeout, 5, 6000);

        var text = configuration.ToString();

        Assert.DoesNotContain("fw-super-secret", text, StringComparison.Ordinal);
        Assert.Contains("my-team", text, StringComparison.Ordinal);
    }
}
