namespace Fireworks.Emulator.DataPlane;

/// <summary>The <c>error</c> object of <see cref="InferenceErrorJson"/>.</summary>
internal sealed class InferenceErrorDetailJson
{
    public string Message { get; set; } = "";
    public string Code { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Param { get; set; }
}
