using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.DeployedModel;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Plugin;

public sealed class FireworksResourceFactoryTests
{
    private static readonly ProviderConfiguration Configuration = new("fw-test-key", "acme",
        new Uri("http://127.0.0.1:9"), TimeSpan.FromSeconds(30), 3, 600);

    private readonly List<DeploymentResourceOptions> _built = [];

    private FireworksResourceFactory Factory() => new(customize: options =>
    {
        _built.Add(options);
        return options;
    });

    [Fact]
    public void Create_ReturnsTheDeploymentResourceForTheConfiguredAccount()
    {
        using var factory = Factory();

        var resource = Assert.Single(factory.Create(Configuration, new LifecycleLog()), r => r is DeploymentResource);

        Assert.Equal("fireworks:index:Deployment", resource.Token);
        Assert.Equal("acme", Assert.Single(_built).AccountId);
        Assert.NotNull(_built[0].Deployments);
    }

    [Fact]
    public void Create_RegistersTheDeployedModelResourceOnTheSameClient()
    {
        var deployedModels = new List<DeployedModelResourceOptions>();
        using var factory = new FireworksResourceFactory(customize: options =>
        {
            _built.Add(options);
            return options;
        }, customizeDeployedModels: options =>
        {
            deployedModels.Add(options);
            return options;
        });

        var tokens = factory.Create(Configuration, new LifecycleLog()).Select(resource => resource.Token);

        Assert.Equal(["fireworks:index:Deployment", "fireworks:index:DeployedModel"], tokens);
        Assert.Equal("acme", Assert.Single(deployedModels).AccountId);
        Assert.NotNull(deployedModels[0].DeployedModels);
        Assert.Same(_built[0].Deployments, deployedModels[0].Deployments);
    }

    [Fact]
    public void Create_SameConfigurationTwice_SharesOneClient()
    {
        using var factory = Factory();

        factory.Create(Configuration, new LifecycleLog());
        factory.Create(Configuration with { }, new LifecycleLog());
        factory.Create(Configuration with { RequestsPerMinute = 60 }, new LifecycleLog());

        Assert.Same(_built[0].Deployments, _built[1].Deployments);
        Assert.NotSame(_built[0].Deployments, _built[2].Deployments);
    }

    [Fact]
    public void ClientOptions_SameAccountOtherKnobs_ShareOneRequestBudget()
    {
        using var factory = Factory();

        var first = factory.ClientOptions(Configuration);
        var slower = factory.ClientOptions(Configuration with { RequestTimeout = TimeSpan.FromMinutes(2), MaxRetries = 1 });
        var otherAccount = factory.ClientOptions(Configuration with { AccountId = "other-team" });

        Assert.NotNull(first.RateLimiter);
        Assert.Same(first.RateLimiter, slower.RateLimiter);
        Assert.NotSame(first.RateLimiter, otherAccount.RateLimiter);
    }

    [Fact]
    public void ClientOptions_CarryEveryConfigurationValue()
    {
        using var factory = Factory();

        var options = factory.ClientOptions(Configuration);

        Assert.Equal(Configuration.BaseUrl, options.BaseUrl);
        Assert.Equal("fw-test-key", options.ApiKey);
        Assert.Equal("acme", options.AccountId);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(600, options.RequestsPerMinute);
        Assert.True(options.TotalTimeout >= options.AttemptTimeout * 4);
    }

    [Fact]
    public async Task Create_WithoutApiKey_StillPreviewsButRefusesRealCallsNamingTheKey()
    {
        using var factory = Factory();
        var resource = Assert.Single(factory.Create(Configuration with { ApiKey = "" }, new LifecycleLog()), r => r is DeploymentResource);
        var request = new ResourceCreateRequest(Urn, "chat", "fireworks:index:Deployment",
            Valid(("deploymentId", "chat-1")), null, Preview: true);

        var preview = await resource.CreateAsync(request, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => resource.CreateAsync(request with { Preview = false }, CancellationToken.None));

        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), preview.Properties["name"]);
        Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("FIREWORKS_API_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateFunctions_ServesExactlyTheFunctionsOfTheSchema()
    {
        using var factory = Factory();

        var functions = factory.CreateFunctions(Configuration, new LifecycleLog());

        Assert.Equal(FunctionSchema.FunctionTokens.Order(StringComparer.Ordinal),
            functions.Select(function => function.Token).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreateFunctions_WithoutApiKey_StillChecksArgumentsButRefusesCallsNamingTheKey()
    {
        using var factory = Factory();
        var function = factory.CreateFunctions(Configuration with { ApiKey = "" }, new LifecycleLog())
            .Single(function => function.Token == "fireworks:index:getDeployments");

        var failed = await function.InvokeAsync(new InvokeRequest(function.Token, Map(("showDeleted", "yes"))), CancellationToken.None);
        var error = await Assert.ThrowsAsync<ProviderErrorException>(
            () => function.InvokeAsync(new InvokeRequest(function.Token, Map()), CancellationToken.None));

        Assert.Equal("showDeleted", Assert.Single(failed.Failures).Property);
        Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
    }
}
