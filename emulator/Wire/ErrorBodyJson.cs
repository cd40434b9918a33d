namespace Fireworks.Emulator.Wire;

/// <summary>The gRPC-gateway error body: numeric gRPC code, message, empty details.</summary>
internal sealed class ErrorBodyJson
{
    public int Code { get; set; }
    public string Message { get; set; } = "";
    public List<string> Details { get; set; } = [];
}
