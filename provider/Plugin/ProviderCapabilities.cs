using Pulumi.Fireworks.Provider.Fireworks.Deployments;
namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>The protocol features the provider supports; Handshake and Configure must announce the same ones.</summary>
public sealed record ProviderCapabilities(
    bool AcceptSecrets,
    bool AcceptResources,
    bool AcceptOutputs,
    bool SupportsAutonamingConfiguration,
    bool SupportsPreview)
{
    /// <summary>What this provider announces: everything on (the Deployment resource autonames).</summary>
    public static ProviderCapabilities All { get; } = new(true, true, true, true, true);
}
