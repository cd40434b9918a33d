using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Hosting;

/// <summary>What the host needs from outside: the engine address, the resources, and the process's I/O seams.</summary>
public sealed record PluginHostOptions
{
    /// <summary>The engine address from the command line; null in attach mode.</summary>
    public string? EngineAddress { get; init; }

    public ICustomResourceFactory ResourceFactory { get; init; } = EmptyCustomResourceFactory.Instance;

    public IEnvironmentVariables Environment { get; init; } = ProcessEnvironmentVariables.Instance;

    /// <summary>Where the port line goes (the process's stdout); nothing else is ever written to it.</summary>
    public TextWriter PortOutput { get; init; } = Console.Out;

    /// <summary>Diagnostics and the log fallback (the process's stderr).</summary>
    public TextWriter Diagnostics { get; init; } = Console.Error;

    /// <summary>How long in-flight calls get to finish after SIGTERM/SIGINT (the engine kills after 5 s).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The clock of the engine health checks.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
