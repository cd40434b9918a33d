using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Plugin;

// stdout belongs to the protocol: the only thing ever written there is the port line (or the version for --version).
var arguments = PluginArguments.Parse(args, out var error);
if (arguments is null)
{
    await Console.Error.WriteLineAsync($"pulumi-resource-fireworks: {error}");
    await Console.Error.WriteLineAsync("usage: pulumi-resource-fireworks [--version] [engine-address]");
    return 2;
}

if (arguments.ShowVersion)
{
    await Console.Out.WriteAsync(PluginVersion.Current + "\n");
    return 0;
}

using var resources = new FireworksResourceFactory();
await using var host = await PluginHost.StartAsync(new PluginHostOptions
{
    EngineAddress = arguments.EngineAddress,
    ResourceFactory = resources,
});
await host.WaitForShutdownAsync();
return 0;
