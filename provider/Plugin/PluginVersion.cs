using System.Reflection;

namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>The plugin's semver, from the assembly's informational version without any <c>+commit</c> suffix.</summary>
public static class PluginVersion
{
    public static string Current { get; } = FromInformationalVersion(
        typeof(PluginVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PluginVersion).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0");

    public static string FromInformationalVersion(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informationalVersion : informationalVersion[..plus];
    }
}
