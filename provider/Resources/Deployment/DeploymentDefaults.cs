using Pulumi.Fireworks.Provider.Fireworks.Deployments;
namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>Defaults of the provider-only behaviour inputs.</summary>
public static class DeploymentDefaults
{
    public const bool WaitForReady = true;
    public const bool HardDelete = true;
    public const bool IgnoreChecksOnDelete = false;
}
