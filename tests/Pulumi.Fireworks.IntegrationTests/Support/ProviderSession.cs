using System.Collections.Immutable;
using Fireworks.Emulator;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using Pulumi.Fireworks.Provider.Resources.Functions;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>
/// One end-to-end session: the emulator and the real plugin host in process (port 0), a stand-in engine for logs,
/// and the project's generated gRPC client driving the provider the way the engine does (Handshake, Configure,
/// then Check/Diff/Create/Read/Update/Delete with protobuf Structs).
/// </summary>
internal sealed class ProviderSession : IAsyncDisposable
{
    public const string Type = "fireworks:index:Deployment";
    public const string Model = "accounts/fireworks/models/llama-v3p1-8b-instruct";

    private readonly GrpcChannel _channel;
    private readonly StringWriter _stdout = new();

    private ProviderSession(FireworksEmulator emulator, ProviderEngine engine, PluginHost host, GrpcChannel channel,
        StringWriter stdout)
    {
        Emulator = emulator;
        Engine = engine;
        Host = host;
        _channel = channel;
        _stdout = stdout;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public FireworksEmulator Emulator { get; }

    public ProviderEngine Engine { get; }

    public PluginHost Host { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <param name="configure">Adjusts the emulator.</param>
    /// <param name="functions">Adjusts the functions' settings (e.g. small pages).</param>
    public static async Task<ProviderSession> StartAsync(Action<EmulatorOptions>? configure = null,
        Func<FunctionOptions, FunctionOptions>? functions = null)
    {
        var options = new EmulatorOptions
        {
            ReadyDelay = TimeSpan.FromMilliseconds(50),
            UpdateDelay = TimeSpan.FromMilliseconds(50),
            DeleteDelay = TimeSpan.FromMilliseconds(30),
            RandomSeed = 7,
        };
        configure?.Invoke(options);
        var emulator = await FireworksEmulator.StartAsync(options);
        var engine = await ProviderEngine.StartAsync();
        var stdout = new StringWriter();
        var host = await PluginHost.StartAsync(new PluginHostOptions
        {
            ResourceFactory = new FireworksResourceFactory(customize: resource => resource with
            {
                // Emulator transitions take tens of milliseconds; keep the provider's own pauses as short.
                RetryInterval = TimeSpan.FromMilliseconds(50),
                UpdateSettleGrace = TimeSpan.FromMilliseconds(200),
            }, customizeFunctions: functions),
            Environment = new ProviderEnvironment(),
            PortOutput = stdout,
            Diagnostics = new StringWriter(),
        });
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{host.Port}");
        var session = new ProviderSession(emulator, engine, host, channel, stdout);
        await session.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address, ConfigureWithUrn = true });
        await session.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = PropertyValueCodec.EncodeMap(Props(
                ("apiKey", PropertyValue.CreateSecret(PropertyValue.Create(emulator.ApiKey))),
                ("accountId", emulator.AccountId),
                ("baseUrl", emulator.BaseUrl.ToString().TrimEnd('/')),
                ("requestTimeout", "10s"),
                ("maxRetries", "2"))),
            AcceptSecrets = true,
            AcceptResources = true,
        });
        return session;
    }

    public static string Urn(string name = "chat") => $"urn:pulumi:dev::proj::{Type}::{name}";

    public string FullName(string id) => $"accounts/{Emulator.AccountId}/deployments/{id}";

    /// <summary>A property map from plain values (strings, numbers, bools, string arrays, dictionaries, PropertyValues).</summary>
    public static ImmutableDictionary<string, PropertyValue> Props(params (string Key, object? Value)[] entries) =>
        PropertyValue.EmptyMap.AddRange(entries.Select(e => KeyValuePair.Create(e.Key, Value(e.Value))));

    public static PropertyValue Value(object? value) => value switch
    {
        null => PropertyValue.Null,
        PropertyValue property => property,
        string text => PropertyValue.Create(text),
        bool flag => PropertyValue.Create(flag),
        int number => PropertyValue.Create(number),
        double number => PropertyValue.Create(number),
        IEnumerable<KeyValuePair<string, object?>> map => PropertyValue.CreateMap(map.Select(e => KeyValuePair.Create(e.Key, Value(e.Value)))),
        IEnumerable<string> items => PropertyValue.CreateList(items.Select(PropertyValue.Create)),
        _ => throw new ArgumentException($"unsupported test value {value}"),
    };

    /// <summary>Check as the engine sends it for a new resource (no olds); <paramref name="seed"/> fills the random seed.</summary>
    public async Task<ImmutableDictionary<string, PropertyValue>> CheckAsync(ImmutableDictionary<string, PropertyValue> news,
        string name = "chat", byte? seed = null)
    {
        var response = await Client.CheckAsync(new CheckRequest
        {
            Urn = Urn(name),
            Name = name,
            Type = Type,
            Olds = new Struct(),
            News = PropertyValueCodec.EncodeMap(news),
            RandomSeed = Google.Protobuf.ByteString.CopyFrom([.. Enumerable.Range(1, 32).Select(i => seed ?? (byte)i)]),
        });
        Assert.Empty(response.Failures);
        return PropertyValueCodec.DecodeMap(response.Inputs);
    }

    public Task<CreateResponse> CreateAsync(ImmutableDictionary<string, PropertyValue> inputs, double timeoutSeconds = 0,
        string name = "chat") =>
        Client.CreateAsync(new CreateRequest
        {
            Urn = Urn(name),
            Name = name,
            Type = Type,
            Properties = PropertyValueCodec.EncodeMap(inputs),
            Timeout = timeoutSeconds,
        }).ResponseAsync;

    public Task<ReadResponse> ReadAsync(string id, ImmutableDictionary<string, PropertyValue>? outputs = null,
        ImmutableDictionary<string, PropertyValue>? inputs = null, string name = "chat")
    {
        var request = new ReadRequest { Id = id, Urn = Urn(name), Name = name, Type = Type };
        if (outputs is not null)
        {
            request.Properties = PropertyValueCodec.EncodeMap(outputs);
        }

        if (inputs is not null)
        {
            request.Inputs = PropertyValueCodec.EncodeMap(inputs);
        }

        return Client.ReadAsync(request).ResponseAsync;
    }

    public Task<DiffResponse> DiffAsync(string id, ImmutableDictionary<string, PropertyValue> oldOutputs,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> news,
        string name = "chat") =>
        Client.DiffAsync(new DiffRequest
        {
            Id = id,
            Urn = Urn(name),
            Name = name,
            Type = Type,
            Olds = PropertyValueCodec.EncodeMap(oldOutputs),
            OldInputs = PropertyValueCodec.EncodeMap(oldInputs),
            News = PropertyValueCodec.EncodeMap(news),
        }).ResponseAsync;

    public Task<UpdateResponse> UpdateAsync(string id, ImmutableDictionary<string, PropertyValue> oldOutputs,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> news,
        string name = "chat") =>
        Client.UpdateAsync(new UpdateRequest
        {
            Id = id,
            Urn = Urn(name),
            Name = name,
            Type = Type,
            Olds = PropertyValueCodec.EncodeMap(oldOutputs),
            OldInputs = PropertyValueCodec.EncodeMap(oldInputs),
            News = PropertyValueCodec.EncodeMap(news),
        }).ResponseAsync;

    public Task DeleteAsync(string id, ImmutableDictionary<string, PropertyValue> outputs,
        ImmutableDictionary<string, PropertyValue> oldInputs, string name = "chat") =>
        Client.DeleteAsync(new DeleteRequest
        {
            Id = id,
            Urn = Urn(name),
            Name = name,
            Type = Type,
            Properties = PropertyValueCodec.EncodeMap(outputs),
            OldInputs = PropertyValueCodec.EncodeMap(oldInputs),
        }).ResponseAsync;

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
        await Engine.DisposeAsync();
        await Emulator.DisposeAsync();
        Assert.Equal($"{Host.Port}\n", _stdout.ToString());
    }
}
