using Grpc.Net.Client;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// Starts the real plugin host in process on port 0, with stdout and stderr captured, and a generated gRPC client
/// connected to it the way the engine connects (cleartext HTTP/2).
/// </summary>
internal sealed class PluginHostFixture : IAsyncDisposable
{
    private PluginHostFixture(PluginHost host, StringWriter output, StringWriter diagnostics, GrpcChannel channel)
    {
        Host = host;
        Output = output;
        Diagnostics = diagnostics;
        Channel = channel;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public PluginHost Host { get; }

    /// <summary>Everything the host wrote to its stdout.</summary>
    public StringWriter Output { get; }

    public StringWriter Diagnostics { get; }

    public GrpcChannel Channel { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    public static async Task<PluginHostFixture> StartAsync(
        ICustomResourceFactory? factory = null, IEnvironmentVariables? environment = null, string? engineAddress = null,
        TimeProvider? timeProvider = null)
    {
        var output = new StringWriter();
        var diagnostics = new StringWriter();
        var host = await PluginHost.StartAsync(new PluginHostOptions
        {
            EngineAddress = engineAddress,
            ResourceFactory = factory ?? new FixedResourceFactory(),
            Environment = environment ?? FakeEnvironment.Empty,
            PortOutput = output,
            Diagnostics = diagnostics,
            TimeProvider = timeProvider ?? TimeProvider.System,
        });
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{host.Port}");
        return new PluginHostFixture(host, output, diagnostics, channel);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}
