namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// The writable part of a deployment: the body of a create or an update. Only properties that are set
/// (non-null) are sent, and an update's <c>updateMask</c> lists exactly those. Output-only fields and
/// <c>deploymentId</c> (a query parameter) have no place here, so they can never be sent.
/// </summary>
/// <remarks>
/// To clear a field in an update, set it to its empty value (<c>""</c>, <c>0</c>, an empty map): it is then
/// both sent and named in the mask.
/// </remarks>
public sealed record DeploymentSpec
{
    /// <summary>The model to serve, e.g. <c>accounts/fireworks/models/llama-v3p1-8b-instruct</c>. Required on create.</summary>
    public string? BaseModel { get; init; }

    /// <summary>Human-readable name (under 64 characters).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Free-form description.</summary>
    public string? Description { get; init; }

    /// <summary>Accelerator type (open set), e.g. <c>NVIDIA_H100_80GB</c>. Not to be sent with <see cref="DeploymentShape"/>.</summary>
    public string? AcceleratorType { get; init; }

    /// <summary>Accelerators per replica.</summary>
    public int? AcceleratorCount { get; init; }

    /// <summary>Serving precision (open set), e.g. <c>FP8</c>.</summary>
    public string? Precision { get; init; }

    /// <summary>Deployment shape name; the service rewrites it to a versioned name.</summary>
    public string? DeploymentShape { get; init; }

    /// <summary>Minimum number of replicas.</summary>
    public int? MinReplicaCount { get; init; }

    /// <summary>Maximum number of replicas.</summary>
    public int? MaxReplicaCount { get; init; }

    /// <summary>Autoscaling settings; in an update the whole policy is replaced.</summary>
    public AutoscalingPolicy? AutoscalingPolicy { get; init; }

    /// <summary>Placement constraint (region, multi-region or region list).</summary>
    public Placement? Placement { get; init; }

    /// <summary>Direct route type, e.g. <c>INTERNET</c>.</summary>
    public string? DirectRouteType { get; init; }

    /// <summary>Keys accepted on the direct route. Secret: redacted from every error message.</summary>
    public IReadOnlyList<string>? DirectRouteApiKeys { get; init; }

    /// <summary>Whether PEFT/LoRA addons are enabled.</summary>
    public bool? EnableAddons { get; init; }

    /// <summary>Maximum context length (0 = model default).</summary>
    public int? MaxContextLength { get; init; }

    /// <summary>Draft model for speculative decoding.</summary>
    public string? DraftModel { get; init; }

    /// <summary>Draft tokens per speculative step.</summary>
    public int? DraftTokenCount { get; init; }

    /// <summary>N-gram speculation length.</summary>
    public int? NgramSpeculationLength { get; init; }

    /// <summary>Free-form string annotations.</summary>
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    /// <summary>When Fireworks may delete the deployment (RFC 3339). Sources disagree on whether it still does.</summary>
    public string? ExpireTime { get; init; }

    /// <summary>Sticky routing on the request's <c>user</c> field.</summary>
    public bool? EnableSessionAffinity { get; init; }

    /// <summary>Maximum replicas including revocable capacity.</summary>
    public int? MaxWithRevocableReplicaCount { get; init; }

    /// <summary>How many LoRA adapters stay cached on the devices.</summary>
    public int? NumPeftDeviceCached { get; init; }

    /// <summary>Performance profiles.</summary>
    public AutoTune? AutoTune { get; init; }

    /// <summary>Deployment template, <c>accounts/{a}/deploymentTemplates/{t}</c>.</summary>
    public string? DeploymentTemplate { get; init; }

    /// <summary>Skip the deployment-size validation.</summary>
    public bool? DisableDeploymentSizeValidation { get; init; }

    /// <summary>Pricing plan id.</summary>
    public string? PricingPlanId { get; init; }

    /// <summary>Training hot-load.</summary>
    public bool? EnableHotLoad { get; init; }

    /// <summary>Hot-load bucket type (open set), e.g. <c>S3</c>.</summary>
    public string? HotLoadBucketType { get; init; }

    /// <summary>Hot-load bucket URL, e.g. <c>s3://bucket/path</c>.</summary>
    public string? HotLoadBucketUrl { get; init; }

    /// <summary>Trainer job whose bucket is hot-loaded, <c>accounts/{a}/rlorTrainerJobs/{job}</c>.</summary>
    public string? HotLoadTrainerJob { get; init; }

    /// <summary>Hot-reload the latest addon (one merged addon at a time).</summary>
    public bool? EnableHotReloadLatestAddon { get; init; }
}
