namespace Fireworks.Emulator.Wire;

/// <summary>One page of accounts.</summary>
internal sealed class ListAccountsResponseJson
{
    public List<AccountJson> Accounts { get; set; } = [];
    public string NextPageToken { get; set; } = "";
    public int TotalSize { get; set; }
}
