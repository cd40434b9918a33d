using Fireworks.Emulator.Faults;
using Fireworks.Emulator.Hosting;
using Fireworks.Emulator.Wire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Fireworks.Emulator;

/// <summary>
/// A local Fireworks control plane (and direct-route data plane) on a loopback port, for tests and demos.
/// <code>
/// await using var emulator = await FireworksEmulator.StartAsync(new EmulatorOptions { ReadyDelay = TimeSpan.FromMilliseconds(200) });
/// var http = new HttpClient { BaseAddress = emulator.BaseUrl };
/// http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);
/// </code>
/// </summary>
public sealed class FireworksEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EmulatorServices services;
    private readonly EmulatorOptions options;

    private FireworksEmulator(WebApplication app, EmulatorServices services, EmulatorOptions options, Uri baseUrl)
    {
        this.app = app;
        this.services = services;
        this.options = options;
        BaseUrl = baseUrl;
    }

    /// <summary>The base URL, <c>http://127.0.0.1:&lt;port&gt;/</c>; use it as the provider's <c>baseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The emulated account id.</summary>
    public string AccountId => options.AccountId;

    /// <summary>The first accepted API key.</summary>
    public string ApiKey => options.ApiKeys[0];

    /// <summary>How many injected latency delays have begun; lets a test wait for a delayed request before advancing a fake clock.</summary>
    public int InjectedDelaysStarted => services.Faults.DelaysStarted;

    /// <summary>Starts an emulator on loopback and returns once it accepts requests.</summary>
    /// <param name="options">Settings; null uses the defaults.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static Task<FireworksEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new EmulatorOptions(), handleSignals: false, cancellationToken);

    internal static async Task<FireworksEmulator> StartAsync(EmulatorOptions options, bool handleSignals, CancellationToken cancellationToken)
    {
        Validate(options);
        var services = new EmulatorServices(options);
        var app = EmulatorHost.Build(options, services, handleSignals);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new FireworksEmulator(app, services, options, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>The base URL of a deployment's direct route through the path prefix (<c>{BaseUrl}direct/{handle}/</c>), for clients that cannot set <c>Host</c>.</summary>
    /// <param name="directRouteHandle">The deployment's <c>directRouteHandle</c>.</param>
    public Uri DirectRouteUrl(string directRouteHandle) => new(BaseUrl, $"direct/{directRouteHandle}/");

    /// <summary>Every stored deployment, soft-deleted ones included, after due state transitions.</summary>
    public IReadOnlyList<EmulatedDeployment> GetDeployments() => [.. services.Deployments.All().Select(d => new EmulatedDeployment(
        d.Deployment.Id,
        d.Json.Name!,
        d.Json.State!,
        d.Json.BaseModel ?? "",
        d.Json.DirectRouteHandle ?? "",
        d.Deployment.HardDelete,
        WireCopy.ToJson(d.Json)))];

    /// <summary>The deployment with this short id, soft-deleted included, or null.</summary>
    /// <param name="deploymentId">The short id.</param>
    public EmulatedDeployment? FindDeployment(string deploymentId) => GetDeployments().FirstOrDefault(d => d.DeploymentId == deploymentId);

    /// <summary>Activates a fault rule (same rules as <c>POST /admin/faults</c>).</summary>
    /// <param name="rule">The fault.</param>
    /// <exception cref="ArgumentException">The rule is malformed.</exception>
    public void AddFault(FaultRule rule) => services.Faults.Add(rule);

    /// <summary>Removes every fault rule and the rate limit.</summary>
    public void ClearFaults() => services.Faults.Clear();

    /// <summary>The faults still active, with their remaining counts.</summary>
    public IReadOnlyList<FaultRule> GetFaults() => services.Faults.Snapshot();

    /// <summary>Every non-admin request so far, in arrival order.</summary>
    public IReadOnlyList<RequestLogEntry> GetRequestLog() => services.RequestLog.Snapshot();

    /// <summary>Empties the request log.</summary>
    public void ClearRequestLog() => services.RequestLog.Clear();

    /// <summary>Marks a deployment in use (or not): DELETE without <c>ignoreChecks=true</c> is then refused with FAILED_PRECONDITION.</summary>
    /// <param name="deploymentId">The short id.</param>
    /// <param name="inUse">Whether the delete checks see it in use.</param>
    /// <exception cref="ArgumentException">There is no such deployment.</exception>
    public void MarkInUse(string deploymentId, bool inUse)
    {
        if (!services.Deployments.MarkInUse(deploymentId, inUse))
        {
            throw new ArgumentException($"no deployment \"{deploymentId}\"", nameof(deploymentId));
        }
    }

    /// <summary>Whether replies carry output fields no client knows (the same switch as <c>POST /admin/options</c>).</summary>
    public bool UnknownOutputFields
    {
        get => services.Replies.UnknownOutputFields;
        set => services.Replies.UnknownOutputFields = value;
    }

    /// <summary>Adds a LoRA model to the registry (the same as <c>POST /admin/models</c>).</summary>
    /// <param name="model">The model and its base model.</param>
    /// <exception cref="ArgumentException">A name is malformed.</exception>
    public void AddLoraModel(LoraModel model) => services.Models.Add(model, options.TimeProvider.GetUtcNow());

    /// <summary>Adds a deployment shape, or versions of an existing one (the same as <c>POST /admin/deploymentShapes</c>).</summary>
    /// <param name="shape">The shape and its new versions, oldest first.</param>
    /// <exception cref="ArgumentException">The definition is malformed.</exception>
    public void AddDeploymentShape(DeploymentShapeDefinition shape) => services.Shapes.Add(shape, options.TimeProvider.GetUtcNow());

    /// <summary>
    /// Forgets every deployment, deployed model, fault and logged request; shapes and LoRA models go back to the seeds
    /// and the options, and the unknown-field switch to its option.
    /// </summary>
    public void Reset() => services.Reset();

    /// <summary>Completes when the host shuts down (SIGINT/SIGTERM in the command-line emulator).</summary>
    internal Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static void Validate(EmulatorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AccountId) || options.ApiKeys.Count == 0 || options.ApiKeys.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("an account id and at least one non-empty API key are required", nameof(options));
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Port must be 0..65535");
        }

        if (options.ReadyDelay < TimeSpan.Zero || options.UpdateDelay < TimeSpan.Zero || options.DeleteDelay < TimeSpan.Zero || options.PurgeDelay < TimeSpan.Zero
            || options.LoadDelay < TimeSpan.Zero || options.UnloadDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "delays must not be negative");
        }
    }
}
