namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>
/// The request body of a load (POST) or an update (PATCH): only the writable fields the provider may send, so an
/// output-only or unsupported field (<c>serverless</c>) can never reach the service. A null field is left out; on
/// PATCH the client derives the <c>updateMask</c> from the fields present.
/// </summary>
public sealed record DeployedModelSpec
{
    /// <summary>Human-readable name (under 64 characters).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Free text (under 1000 characters).</summary>
    public string? Description { get; init; }

    /// <summary>The LoRA model to load, <c>accounts/{account}/models/{model}</c> (load only).</summary>
    public string? Model { get; init; }

    /// <summary>The full deployment name, <c>accounts/{account}/deployments/{id}</c> (load only).</summary>
    public string? Deployment { get; init; }

    /// <summary>Make this addon the model's default target.</summary>
    public bool? Default { get; init; }

    /// <summary>Make the addon publicly reachable.</summary>
    public bool? Public { get; init; }
}
