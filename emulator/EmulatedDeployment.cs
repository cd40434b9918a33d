namespace Fireworks.Emulator;

/// <summary>A snapshot of a stored deployment, soft-deleted ones included, as tests see it.</summary>
/// <param name="DeploymentId">The short id.</param>
/// <param name="Name"><c>accounts/{account}/deployments/{id}</c>.</param>
/// <param name="State">CREATING, READY, UPDATING, DELETING, DELETED or FAILED.</param>
/// <param name="BaseModel">The base model.</param>
/// <param name="DirectRouteHandle">The direct-route handle, empty until READY or without direct routing.</param>
/// <param name="HardDeleteRequested">Whether a DELETING deployment will be removed rather than soft-deleted.</param>
/// <param name="Json">The deployment exactly as <c>GET</c> returns it.</param>
public sealed record EmulatedDeployment(
    string DeploymentId,
    string Name,
    string State,
    string BaseModel,
    string DirectRouteHandle,
    bool HardDeleteRequested,
    string Json);
