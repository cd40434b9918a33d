namespace Fireworks.Emulator.Admin;

/// <summary>Body and answer of <c>/admin/options</c>: the switches that can change while the emulator runs.</summary>
internal sealed class AdminOptionsJson
{
    public bool? UnknownOutputFields { get; set; }
}
