using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Fireworks.Emulator.Tests.Support;

/// <summary>A running emulator on a fake clock plus an authenticated HttpClient talking to it over loopback.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    public static readonly TimeSpan ReadyDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan UpdateDelay = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan DeleteDelay = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan LoadDelay = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan UnloadDelay = TimeSpan.FromSeconds(5);

    public const string MinimalBody = """{"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","acceleratorType":"NVIDIA_H100_80GB"}""";

    public const string Llama = "accounts/fireworks/models/llama-v3p1-8b-instruct";

    public const string ChatLora = "accounts/emulator-account/models/chat-lora";

    /// <summary>A deployment of <see cref="Llama"/> that can load LoRA addons, with a direct route.</summary>
    public const string AddonBody = """
        {"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","acceleratorType":"NVIDIA_H100_80GB","enableAddons":true,
         "placement":{"region":"US_ARIZONA_1"},"directRouteType":"INTERNET","directRouteApiKeys":["routeKey1"]}
        """;

    public const string DirectRouteBody = """
        {"baseModel":"accounts/fireworks/models/qwen3-0p6b","acceleratorType":"NVIDIA_H200_141GB",
         "placement":{"region":"US_VIRGINIA_1"},"directRouteType":"INTERNET","directRouteApiKeys":["routeKey1","routeKey2"]}
        """;

    private EmulatorSession(FireworksEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
        Http = new HttpClient { BaseAddress = emulator.BaseUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
    }

    public FireworksEmulator Emulator { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public string Deployments => $"v1/accounts/{Emulator.AccountId}/deployments";

    public string DeployedModels => $"v1/accounts/{Emulator.AccountId}/deployedModels";

    public string DeploymentName(string id) => $"accounts/{Emulator.AccountId}/deployments/{id}";

    public static async Task<EmulatorSession> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 21, 12, 0, 0, TimeSpan.Zero));
        var options = new EmulatorOptions
        {
            TimeProvider = clock,
            ReadyDelay = ReadyDelay,
            UpdateDelay = UpdateDelay,
            DeleteDelay = DeleteDelay,
            LoadDelay = LoadDelay,
            UnloadDelay = UnloadDelay,
            RandomSeed = 42,
        };
        configure?.Invoke(options);
        return new EmulatorSession(await FireworksEmulator.StartAsync(options), clock);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public Task<HttpResponseMessage> CreateAsync(string id, string body = MinimalBody, string extraQuery = "",
        CancellationToken cancellationToken = default) =>
        Http.PostAsync($"{Deployments}?deploymentId={id}{extraQuery}", Json(body), cancellationToken);

    /// <summary>Creates a deployment and lets the fake clock run until it is READY.</summary>
    public async Task<JsonElement> CreateReadyAsync(string id, string body = MinimalBody)
    {
        using var response = await CreateAsync(id, body);
        Assert.Equal(200, (int)response.StatusCode);
        Clock.Advance(ReadyDelay);
        var ready = await GetAsync(id);
        Assert.Equal("READY", ready.GetProperty("state").GetString());
        return ready;
    }

    public async Task<JsonElement> GetAsync(string id)
    {
        using var response = await Http.GetAsync($"{Deployments}/{id}");
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>GETs a control-plane path that must answer 200 and returns its JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await ReadJsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>Loads <paramref name="model"/> onto deployment <paramref name="deploymentId"/> (POST deployedModels).</summary>
    public Task<HttpResponseMessage> LoadAsync(string model, string deploymentId, string extraQuery = "", string extraFields = "") =>
        Http.PostAsync(
            $"{DeployedModels}{(extraQuery.Length > 0 ? "?" + extraQuery : "")}",
            Json($$"""{"model":"{{model}}","deployment":"{{DeploymentName(deploymentId)}}"{{extraFields}}}"""));

    /// <summary>Loads a model and lets the fake clock run past the load delay; returns the deployed model's short id.</summary>
    public async Task<string> LoadDeployedAsync(string model, string deploymentId)
    {
        using var response = await LoadAsync(model, deploymentId);
        var body = await ReadJsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Clock.Advance(LoadDelay);
        return body.GetProperty("name").GetString()!.Split('/')[^1];
    }

    public Task<HttpResponseMessage> PatchAsync(string id, string mask, string body) =>
        Http.PatchAsync($"{Deployments}/{id}?updateMask={mask}", Json(body));

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a gRPC-gateway error: HTTP status, numeric code, and optionally a message fragment.</summary>
    public static async Task AssertErrorAsync(HttpResponseMessage response, int status, int code, string? messageContains = null)
    {
        var body = await ReadJsonAsync(response);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("details").ValueKind);
        if (messageContains is not null)
        {
            Assert.Contains(messageContains, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
