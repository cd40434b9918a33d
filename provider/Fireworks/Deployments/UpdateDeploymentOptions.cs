namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>Query flags of an update call.</summary>
public sealed record UpdateDeploymentOptions
{
    /// <summary>Allow a deployment-shape version that Fireworks has not validated.</summary>
    public bool SkipShapeValidation { get; init; }
}
