namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Numbers match <c>pulumirpc.DiffResponse.DiffChanges</c>.</summary>
public enum DiffChanges
{
    Unknown = 0,
    None = 1,
    Some = 2,
}
