namespace Fireworks.Emulator.Wire;

/// <summary>One page of deployment shapes.</summary>
internal sealed class ListDeploymentShapesResponseJson
{
    public List<DeploymentShapeJson> DeploymentShapes { get; set; } = [];
    public string NextPageToken { get; set; } = "";
    public int TotalSize { get; set; }
}
