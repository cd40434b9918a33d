namespace Fireworks.Emulator.Wire;

/// <summary>One page of deployed models.</summary>
internal sealed class ListDeployedModelsResponseJson
{
    public List<DeployedModelJson> DeployedModels { get; set; } = [];
    public string NextPageToken { get; set; } = "";
    public int TotalSize { get; set; }
}
