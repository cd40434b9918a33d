namespace Fireworks.Emulator.Wire;

/// <summary>Where a deployment may run; exactly one field is set.</summary>
internal sealed class PlacementJson
{
    public string? Region { get; set; }
    public string? MultiRegion { get; set; }
    public List<string>? Regions { get; set; }
}
