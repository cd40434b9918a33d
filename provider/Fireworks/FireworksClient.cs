using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Fireworks;

/// <summary>
/// Client of the Fireworks control plane, one per set of credentials: one transport (total timeout → retry → rate
/// limiter → attempt timeout) shared by a client per API (<see cref="Deployments"/>, <see cref="DeployedModels"/>,
/// <see cref="Accounts"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed class FireworksClient : IDisposable
{
    private readonly FireworksTransport transport;

    /// <summary>Builds a client.</summary>
    /// <exception cref="ArgumentException">A setting is invalid (see <see cref="FireworksClientOptions.Validate"/>).</exception>
    public FireworksClient(FireworksClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var randomizer = options.Randomizer ?? Random.Shared.NextDouble;
        var limiter = options.RateLimiter ?? new RequestRateLimiter(options.RequestsPerMinute, options.TimeProvider);
        transport = new FireworksTransport(options, limiter, randomizer);
        var channel = new FireworksChannel(transport, options.AccountId, new SecretRedactor([options.ApiKey]),
            options.TimeProvider, randomizer);
        AccountId = options.AccountId;
        Deployments = new DeploymentsClient(channel);
        DeployedModels = new DeployedModelsClient(channel);
        Accounts = new AccountsClient(channel);
        DeploymentShapes = new DeploymentShapesClient(channel);
    }

    /// <summary>The configured account id.</summary>
    public string AccountId { get; }

    /// <summary>Deployments of the account.</summary>
    public DeploymentsClient Deployments { get; }

    /// <summary>Deployed models (LoRA addons) of the account.</summary>
    public DeployedModelsClient DeployedModels { get; }

    /// <summary>The account itself (used to check credentials).</summary>
    public AccountsClient Accounts { get; }

    /// <summary>Deployment shapes and their versions (read only; any account the key may read).</summary>
    public DeploymentShapesClient DeploymentShapes { get; }

    /// <inheritdoc/>
    public void Dispose() => transport.Dispose();
}
