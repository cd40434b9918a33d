namespace Pulumi.Fireworks.Provider.Fireworks.Accounts;

/// <summary>A Fireworks account, read to check that the configured credentials work.</summary>
public sealed record Account
{
    /// <summary>Full name, <c>accounts/{account}</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Account state as reported by the service (open string).</summary>
    public string? State { get; init; }

    /// <summary>Creation time, RFC 3339.</summary>
    public string? CreateTime { get; init; }
}
