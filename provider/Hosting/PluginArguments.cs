using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Hosting;

/// <summary>
/// The command line as the engine builds it: optional <c>--logtostderr</c>, <c>-v=N</c>, <c>--logflow</c> and
/// <c>--tracing X</c> (all ignored), then the engine address as the one positional argument. No positional argument
/// means attach mode (the engine names itself later through Handshake/Attach). <c>--version</c> asks for the version.
/// </summary>
public sealed record PluginArguments(string? EngineAddress, bool ShowVersion)
{
    /// <summary>Parses <paramref name="args"/>; returns null and sets <paramref name="error"/> when they are invalid.</summary>
    public static PluginArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        error = null;
        var positional = new List<string>();
        var showVersion = false;
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            switch (arg)
            {
                case "--version" or "-version":
                    showVersion = true;
                    break;
                case "--logtostderr" or "-logtostderr" or "--logflow" or "-logflow":
                    break;
                case "--tracing" or "-tracing":
                    index++; // the tracing endpoint
                    break;
                default:
                    if (arg.StartsWith("--tracing=", StringComparison.Ordinal)
                        || arg.StartsWith("-tracing=", StringComparison.Ordinal)
                        || arg.StartsWith("-v", StringComparison.Ordinal)
                        || arg.StartsWith("--v", StringComparison.Ordinal)
                        || arg.StartsWith("--logtostderr=", StringComparison.Ordinal))
                    {
                        break;
                    }

                    if (arg.StartsWith('-'))
                    {
                        error = $"unknown flag \"{arg}\"";
                        return null;
                    }

                    positional.Add(arg);
                    break;
            }
        }

        if (positional.Count > 1)
        {
            error = $"expected at most one argument (the engine address), got {positional.Count}: {string.Join(" ", positional)}";
            return null;
        }

        if (positional.Count == 1 && !EngineUri.IsValid(positional[0]))
        {
            error = $"invalid engine address \"{positional[0]}\": expected host:port, e.g. 127.0.0.1:54321";
            return null;
        }

        return new PluginArguments(positional.Count == 1 ? positional[0] : null, showVersion);
    }
}
