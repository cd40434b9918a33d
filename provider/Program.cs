using Pulumi.Fireworks.Provider.Hosting;
using Pulumi.Fireworks.Provider.Plugin;

using var resources = new FireworksResourceFactory();
return await PluginProcess.RunAsync(args, new PluginHostOptions { ResourceFactory = resources });
