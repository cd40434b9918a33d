namespace Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

/// <summary>
/// A deployment shape as the service returns it (<c>gatewayDeploymentShape</c>, API 4.259.0), also the
/// <c>snapshot</c> of each <see cref="DeploymentShapeVersion"/>: every field typed as that spec types it, enums as
/// strings (newer values pass through). Read only: shapes are never written by this client.
/// </summary>
public sealed record DeploymentShape
{
    /// <summary>Full name, <c>accounts/{account}/deploymentShapes/{shape}</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>Creation time, RFC 3339.</summary>
    public string? CreateTime { get; init; }

    /// <summary>Last update time, RFC 3339.</summary>
    public string? UpdateTime { get; init; }

    /// <summary>The model the shape is made for, <c>accounts/{account}/models/{model}</c>.</summary>
    public string? BaseModel { get; init; }

    /// <summary>The kind of model (open string).</summary>
    public string? ModelType { get; init; }

    /// <summary>The model's parameter count: an int64, which proto3 JSON sends as a string (numbers accepted too).</summary>
    public long? ParameterCount { get; init; }

    /// <summary>GPUs per replica.</summary>
    public int? AcceleratorCount { get; init; }

    /// <summary>GPU type (open enum, e.g. <c>NVIDIA_H100_80GB</c>).</summary>
    public string? AcceleratorType { get; init; }

    /// <summary>Serving precision (open enum, e.g. <c>FP8</c>).</summary>
    public string? Precision { get; init; }

    /// <summary>Whether the deployment size check is skipped.</summary>
    public bool? DisableDeploymentSizeValidation { get; init; }

    /// <summary>Whether LoRA addons can be loaded.</summary>
    public bool? EnableAddons { get; init; }

    /// <summary>Tokens the draft model proposes per step.</summary>
    public int? DraftTokenCount { get; init; }

    /// <summary>Draft model for speculative decoding (deprecated on shapes).</summary>
    public string? DraftModel { get; init; }

    /// <summary>N-gram length for n-gram speculative decoding.</summary>
    public int? NgramSpeculationLength { get; init; }

    /// <summary>Whether speculative decoding is off.</summary>
    public bool? DisableSpeculativeDecoding { get; init; }

    /// <summary>Whether requests with the same <c>user</c> go to the same replica.</summary>
    public bool? EnableSessionAffinity { get; init; }

    /// <summary>LoRA adapters cached on the GPUs.</summary>
    public int? NumLoraDeviceCached { get; init; }

    /// <summary>Maximum context length in tokens.</summary>
    public int? MaxContextLength { get; init; }

    /// <summary>What the shape is tuned for (open enum, e.g. <c>MINIMAL</c>, <c>THROUGHPUT</c>).</summary>
    public string? PresetType { get; init; }
}
