using Fireworks.Emulator;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>
/// The emulator on loopback and a <see cref="FireworksClient"/> talking to it over real HTTP, both on one
/// <see cref="EmulatorClock"/>. Run client calls through <see cref="RunAsync{T}"/> so waits on the clock complete.
/// </summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    public const string Model = "accounts/fireworks/models/llama-v3p1-8b-instruct";
    public const string RouteKey = "routeKey0123456789";

    public static readonly TimeSpan ReadyDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan UpdateDelay = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan DeleteDelay = TimeSpan.FromSeconds(10);

    private readonly List<FireworksClient> clients = [];

    private EmulatorSession(FireworksEmulator emulator, EmulatorClock clock)
    {
        Emulator = emulator;
        Clock = clock;
        Client = CreateClient();
    }

    public FireworksEmulator Emulator { get; }

    public EmulatorClock Clock { get; }

    /// <summary>A client with the emulator's account and key and default retry and rate settings.</summary>
    public FireworksClient Client { get; }

    /// <summary>Waits poll on the fake clock; the timeout is far beyond any emulator delay.</summary>
    public static DeploymentWaitOptions Waiting => new() { Timeout = TimeSpan.FromMinutes(30) };

    /// <summary>A small, valid deployment with an INTERNET direct route in US_ARIZONA_1.</summary>
    public static DeploymentSpec DirectRouteSpec => new()
    {
        BaseModel = Model,
        DisplayName = "chat",
        AcceleratorType = "NVIDIA_H100_80GB",
        MinReplicaCount = 1,
        MaxReplicaCount = 1,
        Placement = new Placement { Region = "US_ARIZONA_1" },
        DirectRouteType = "INTERNET",
        DirectRouteApiKeys = [RouteKey],
    };

    /// <summary>The smallest deployment the emulator accepts.</summary>
    public static DeploymentSpec MinimalSpec => new() { BaseModel = Model, AcceleratorType = "NVIDIA_H100_80GB" };

    public static async Task<EmulatorSession> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var clock = new EmulatorClock(new DateTimeOffset(2026, 7, 21, 12, 0, 0, TimeSpan.Zero));
        var options = new EmulatorOptions
        {
            TimeProvider = clock,
            ReadyDelay = ReadyDelay,
            UpdateDelay = UpdateDelay,
            DeleteDelay = DeleteDelay,
            RandomSeed = 7,
        };
        configure?.Invoke(options);
        return new EmulatorSession(await FireworksEmulator.StartAsync(options), clock);
    }

    /// <summary>
    /// A further client on the same clock. Attempt and total timeouts are infinite so the only timers the client
    /// creates are the waits it is blocked on (see <see cref="EmulatorClock"/>).
    /// </summary>
    public FireworksClient CreateClient(
        string? apiKey = null,
        string? accountId = null,
        int requestsPerMinute = 6000,
        int maxRetries = 5,
        HttpMessageHandler? transport = null)
    {
        var client = new FireworksClient(new FireworksClientOptions
        {
            BaseUrl = Emulator.BaseUrl,
            ApiKey = apiKey ?? Emulator.ApiKey,
            AccountId = accountId ?? Emulator.AccountId,
            AttemptTimeout = Timeout.InfiniteTimeSpan,
            TotalTimeout = Timeout.InfiniteTimeSpan,
            MaxRetries = maxRetries,
            RequestsPerMinute = requestsPerMinute,
            TimeProvider = Clock,
            Randomizer = () => 0.5,
            Transport = transport,
        });
        clients.Add(client);
        return client;
    }

    public Task<T> RunAsync<T>(Func<Task<T>> operation) => Clock.RunAsync(operation);

    public Task RunAsync(Func<Task> operation) => Clock.RunAsync(operation);

    /// <summary>Creates a deployment with <see cref="Client"/> and waits until it is READY.</summary>
    public Task<Deployment> CreateReadyAsync(string id, DeploymentSpec? spec = null) => RunAsync(async () =>
    {
        var created = await Client.Deployments.CreateDeploymentAsync(spec ?? MinimalSpec, new CreateDeploymentOptions { DeploymentId = id });
        var ready = await Client.Deployments.WaitForDeploymentAsync(created.Name!, DeploymentWaitTarget.Ready, Waiting);
        return ready!;
    });

    /// <summary>The control-plane requests the emulator received, as "METHOD path?query status".</summary>
    public IReadOnlyList<string> Requests() =>
        [.. Emulator.GetRequestLog().Select(r => $"{r.Method} {r.Path}{r.Query} {r.Status}")];

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }

        await Emulator.DisposeAsync();
    }
}
