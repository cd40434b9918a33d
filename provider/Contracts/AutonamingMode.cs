namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Numbers match <c>pulumirpc.CheckRequest.AutonamingOptions.Mode</c>.</summary>
public enum AutonamingMode
{
    /// <summary>Use the proposed name unless the user gave one.</summary>
    Propose = 0,

    /// <summary>Use the proposed name; a user-given name that differs is an error.</summary>
    Enforce = 1,

    /// <summary>Do not autoname: the user must give a name.</summary>
    Disable = 2,
}
