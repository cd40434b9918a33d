using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// A LoRA addon loaded onto a deployment, as the service returns it (<c>gatewayDeployedModel</c>, API 4.259.0):
/// every field typed as that spec types it, enums as strings. Read-only shape: fields the client does not know are
/// ignored, and this type is never serialized into a request (see <see cref="DeployedModelSpec"/>).
/// </summary>
public sealed record DeployedModel
{
    /// <summary>Full name, <c>accounts/{account}/deployedModels/{id}</c>; the service picks the id.</summary>
    public string? Name { get; init; }

    /// <summary>Human-readable name (under 64 characters).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Free text (under 1000 characters).</summary>
    public string? Description { get; init; }

    /// <summary>When the addon was loaded (RFC 3339). Output only.</summary>
    public string? CreateTime { get; init; }

    /// <summary>When the addon last changed (RFC 3339). Output only.</summary>
    public string? UpdateTime { get; init; }

    /// <summary>The LoRA model, <c>accounts/{account}/models/{model}</c>.</summary>
    public string? Model { get; init; }

    /// <summary>The full name of the deployment the addon is loaded onto.</summary>
    public string? Deployment { get; init; }

    /// <summary>Whether calls of the model without a <c>#deployment</c> suffix go to this addon.</summary>
    public bool? Default { get; init; }

    /// <summary>Whether the addon is publicly reachable.</summary>
    public bool? Public { get; init; }

    /// <summary>Whether Fireworks manages the underlying deployment (never set by this provider: LoRAs need a deployment).</summary>
    public bool? Serverless { get; init; }

    /// <summary>Lifecycle state (open set; see <see cref="DeployedModelStates"/>). Output only.</summary>
    public string? State { get; init; }

    /// <summary>Outcome of the latest load, update or unload. Output only.</summary>
    public OperationStatus? Status { get; init; }
}
