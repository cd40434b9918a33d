using System.Collections.Concurrent;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Resources.DeployedModel;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;
using Pulumi.Fireworks.Provider.Resources.Functions;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>
/// The package's resources and functions, wired to Fireworks. One <see cref="FireworksClient"/> (and so one rate limiter) per
/// distinct configuration, shared by every Configure that repeats it. Building makes no network call. Configure
/// never lets a configuration without an API key through (it reports the missing key); the key-less branch below
/// only serves configurations built directly, whose resources still check, diff and preview.
/// </summary>
public sealed class FireworksResourceFactory : ICustomResourceFactory, ICredentialCheck, IDisposable
{
    private readonly ConcurrentDictionary<ProviderConfiguration, Lazy<FireworksClient>> _clients = new();

    // Fireworks counts one request budget per account, so every client of an account (configurations that differ
    // only in timeouts or retries, and the credential check) passes one gate; the lowest told budget wins.
    private readonly RequestRateLimiterRegistry _gates = new();
    private readonly TimeProvider _timeProvider;

    // Process-wide, whatever the configuration: what the engine told this process about, and one account listing.
    private readonly ResourceSightings _sightings = new();
    private readonly InterruptedCreates _interruptedCreates = new();
    private readonly Func<DeploymentResourceOptions, DeploymentResourceOptions> _customize;
    private readonly Func<FunctionOptions, FunctionOptions> _customizeFunctions;
    private readonly Func<DeployedModelResourceOptions, DeployedModelResourceOptions> _customizeDeployedModels;

    /// <param name="timeProvider">Clock of the clients and waits; the system clock by default.</param>
    /// <param name="customize">Adjusts the Deployment resource's settings (tests shorten waits).</param>
    /// <param name="customizeFunctions">Adjusts the functions' settings (tests force small pages and bounds).</param>
    /// <param name="customizeDeployedModels">Adjusts the DeployedModel resource's settings (tests shorten waits).</param>
    public FireworksResourceFactory(TimeProvider? timeProvider = null,
        Func<DeploymentResourceOptions, DeploymentResourceOptions>? customize = null,
        Func<FunctionOptions, FunctionOptions>? customizeFunctions = null,
        Func<DeployedModelResourceOptions, DeployedModelResourceOptions>? customizeDeployedModels = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _customize = customize ?? (options => options);
        _customizeFunctions = customizeFunctions ?? (options => options);
        _customizeDeployedModels = customizeDeployedModels ?? (options => options);
    }

    public IReadOnlyList<ICustomResource> Create(ProviderConfiguration configuration, IEngineLog log)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var client = Client(configuration);
        var options = new DeploymentResourceOptions(configuration.AccountId, _timeProvider, log)
        {
            Deployments = client?.Deployments,
            Sightings = _sightings,
            InterruptedCreates = _interruptedCreates,
        };
        return
        [
            new DeploymentResource(_customize(options)),
            new DeployedModelResource(_customizeDeployedModels(new DeployedModelResourceOptions(configuration.AccountId, _timeProvider, log)
            {
                DeployedModels = client?.DeployedModels,
                Deployments = client?.Deployments,
            })),
        ];
    }

    /// <summary>The package's functions (data sources); they share the resources' client.</summary>
    public IReadOnlyList<IFunction> CreateFunctions(ProviderConfiguration configuration, IEngineLog log)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var client = Client(configuration);
        var options = _customizeFunctions(new FunctionOptions(configuration.AccountId, log)
        {
            Deployments = client?.Deployments,
            DeploymentShapes = client?.DeploymentShapes,
        });
        return
        [
            new GetDeploymentFunction(options),
            new GetDeploymentsFunction(options),
            new GetDeploymentShapeFunction(options),
            new GetDeploymentShapesFunction(options),
        ];
    }

    /// <summary>Checks the key with one short, unretried request (<see cref="FireworksCredentialCheck"/>).</summary>
    public async Task CheckCredentialsAsync(ProviderConfiguration configuration, IEngineLog log,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration.ApiKey))
        {
            return;
        }

        var attempt = configuration.RequestTimeout < FireworksCredentialCheck.Budget ? configuration.RequestTimeout : FireworksCredentialCheck.Budget;
        using var client = new FireworksClient(Options(configuration, maxRetries: 0, attempt, total: attempt));
        await FireworksCredentialCheck.RunAsync(client.Accounts, configuration, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The shared client of a configuration; null without an API key.</summary>
    private FireworksClient? Client(ProviderConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.ApiKey)
            ? null
            : _clients.GetOrAdd(configuration, key => new Lazy<FireworksClient>(() => new FireworksClient(ClientOptions(key)))).Value;

    /// <summary>The client settings for a configuration.</summary>
    public FireworksClientOptions ClientOptions(ProviderConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var attempts = configuration.MaxRetries + 1;

        // One call may take every attempt plus backoff; the client's default of 5 minutes is the floor.
        var total = configuration.RequestTimeout * attempts + TimeSpan.FromMinutes(1);
        return Options(configuration, configuration.MaxRetries, configuration.RequestTimeout,
            total > TimeSpan.FromMinutes(5) ? total : TimeSpan.FromMinutes(5));
    }

    private FireworksClientOptions Options(ProviderConfiguration configuration, int maxRetries, TimeSpan attempt,
        TimeSpan total) => new()
    {
        BaseUrl = configuration.BaseUrl,
        ApiKey = configuration.ApiKey,
        AccountId = configuration.AccountId,
        AttemptTimeout = attempt,
        TotalTimeout = total,
        MaxRetries = maxRetries,
        RequestsPerMinute = configuration.ToldRequestsPerMinute,
        RateLimiter = _gates.For(configuration.BaseUrl, configuration.AccountId, _timeProvider),
        TimeProvider = _timeProvider,
    };

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(lazy => lazy.IsValueCreated))
        {
            client.Value.Dispose();
        }

        _clients.Clear();
    }
}
