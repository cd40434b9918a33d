namespace Fireworks.Emulator.Wire;

/// <summary>A Fireworks account as returned by <c>GET /v1/accounts/{id}</c>.</summary>
internal sealed class AccountJson
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? State { get; set; }
    public string? CreateTime { get; set; }
}
