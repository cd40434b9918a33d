namespace Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;

/// <summary>What one load puts where: the full model and deployment names, and the load's query flag.</summary>
internal sealed record LoadTarget(string Model, string Deployment, bool ReplaceMergedAddon)
{
    public override string ToString() => $"model {Model} onto deployment {Deployment}";
}
