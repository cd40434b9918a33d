namespace Fireworks.Emulator.Wire;

/// <summary>One page of deployments.</summary>
internal sealed class ListDeploymentsResponseJson
{
    public List<DeploymentJson> Deployments { get; set; } = [];
    public string NextPageToken { get; set; } = "";
    public int TotalSize { get; set; }
}
