using Pulumi.Fireworks.Provider.Plugin;

namespace Pulumi.Fireworks.Provider.Hosting;

/// <summary>The plugin process, from its command line to its exit code (<c>Program.cs</c> only supplies the seams).</summary>
public static class PluginProcess
{
    /// <summary>Runs the plugin until it is asked to stop; returns the process's exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="options">Everything but the engine address, which comes from <paramref name="args"/>.</param>
    /// <param name="cancellationToken">Stops the plugin, like SIGTERM.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, PluginHostOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        // stdout belongs to the protocol: the only thing ever written there is the port line (or the version).
        var arguments = PluginArguments.Parse(args, out var error);
        if (arguments is null)
        {
            await options.Diagnostics.WriteLineAsync($"pulumi-resource-fireworks: {error}").ConfigureAwait(false);
            await options.Diagnostics.WriteLineAsync("usage: pulumi-resource-fireworks [--version] [engine-address]")
                .ConfigureAwait(false);
            return 2;
        }

        if (arguments.ShowVersion)
        {
            await options.PortOutput.WriteAsync(PluginVersion.Current + "\n").ConfigureAwait(false);
            await options.PortOutput.FlushAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        PluginHost host;
        try
        {
            host = await PluginHost.StartAsync(options with { EngineAddress = arguments.EngineAddress }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // SIGINT or SIGTERM while Kestrel was starting: stop as asked, not with an unhandled-exception abort.
            return 0;
        }

        await using (host.ConfigureAwait(false))
        {
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
