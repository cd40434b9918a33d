namespace Fireworks.Emulator.Wire;

/// <summary>The latest operation's outcome: a gRPC code name and a message.</summary>
internal sealed class StatusJson
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
