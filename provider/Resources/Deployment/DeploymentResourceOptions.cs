using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// What the Deployment resource needs from the provider. <see cref="AccountId"/> is null until the provider is
/// configured (then previews leave <c>name</c> unknown). The lifecycle step adds the Fireworks client here.
/// </summary>
public sealed record DeploymentResourceOptions(string? AccountId, TimeProvider TimeProvider, IEngineLog Log);
