namespace Fireworks.Emulator.Wire;

/// <summary>One page of deployment shape versions.</summary>
internal sealed class ListDeploymentShapeVersionsResponseJson
{
    public List<DeploymentShapeVersionJson> DeploymentShapeVersions { get; set; } = [];
    public string NextPageToken { get; set; } = "";
    public int TotalSize { get; set; }
}
