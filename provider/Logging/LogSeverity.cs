namespace Pulumi.Fireworks.Provider.Logging;

/// <summary>Numbers match <c>pulumirpc.LogSeverity</c>.</summary>
public enum LogSeverity
{
    Debug = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
