using System.Collections.Frozen;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// The <c>updateMask</c> query parameter: comma-separated snake_case paths, as the training SDK and the gRPC API use.
/// The kinds follow fireworks-api.md §3.1: immediate fields are [C] in place; rolling fields are [I] in place;
/// immutable ones are refused with FAILED_PRECONDITION [I, mirrors the "treat as replace" notes].
/// </summary>
internal static class UpdateMask
{
    private static readonly FrozenDictionary<string, MaskPath> Paths = new MaskPath[]
    {
        new("display_name", MaskPathKind.Immediate, (d, s) => d.DisplayName = s.DisplayName),
        new("description", MaskPathKind.Immediate, (d, s) => d.Description = s.Description),
        new("annotations", MaskPathKind.Immediate, (d, s) => d.Annotations = s.Annotations),
        new("min_replica_count", MaskPathKind.Immediate, (d, s) => d.MinReplicaCount = s.MinReplicaCount),
        new("max_replica_count", MaskPathKind.Immediate, (d, s) => d.MaxReplicaCount = s.MaxReplicaCount),
        new("max_with_revocable_replica_count", MaskPathKind.Immediate, (d, s) => d.MaxWithRevocableReplicaCount = s.MaxWithRevocableReplicaCount),
        new("autoscaling_policy", MaskPathKind.Immediate, (d, s) => d.AutoscalingPolicy = s.AutoscalingPolicy),
        new("autoscaling_policy.scale_up_window", MaskPathKind.Immediate, (d, s) => Policy(d).ScaleUpWindow = s.AutoscalingPolicy?.ScaleUpWindow),
        new("autoscaling_policy.scale_down_window", MaskPathKind.Immediate, (d, s) => Policy(d).ScaleDownWindow = s.AutoscalingPolicy?.ScaleDownWindow),
        new("autoscaling_policy.scale_to_zero_window", MaskPathKind.Immediate, (d, s) => Policy(d).ScaleToZeroWindow = s.AutoscalingPolicy?.ScaleToZeroWindow),
        new("autoscaling_policy.load_targets", MaskPathKind.Immediate, (d, s) => Policy(d).LoadTargets = s.AutoscalingPolicy?.LoadTargets),
        new("autoscaling_policy.scaling_schedules", MaskPathKind.Immediate, (d, s) => Policy(d).ScalingSchedules = s.AutoscalingPolicy?.ScalingSchedules),
        new("direct_route_api_keys", MaskPathKind.Immediate, (d, s) => d.DirectRouteApiKeys = s.DirectRouteApiKeys),
        new("pricing_plan_id", MaskPathKind.Immediate, (d, s) => d.PricingPlanId = s.PricingPlanId),
        new("expire_time", MaskPathKind.Immediate, (d, s) => d.ExpireTime = s.ExpireTime),
        new("num_peft_device_cached", MaskPathKind.Rolling, (d, s) => d.NumPeftDeviceCached = s.NumPeftDeviceCached),
        new("active_model_version", MaskPathKind.Rolling, (d, s) => d.ActiveModelVersion = s.ActiveModelVersion),
        new("target_model_version", MaskPathKind.Rolling, (d, s) => d.TargetModelVersion = s.TargetModelVersion),

        // [I] fireworks-api-more.md §4.1 says "replace" for the hot-load fields: refusing in-place changes is the safe choice.
        new("enable_hot_load", MaskPathKind.Immutable, (d, s) => d.EnableHotLoad = s.EnableHotLoad),
        new("hot_load_bucket_type", MaskPathKind.Immutable, (d, s) => d.HotLoadBucketType = s.HotLoadBucketType),
        new("hot_load_bucket_url", MaskPathKind.Immutable, (d, s) => d.HotLoadBucketUrl = s.HotLoadBucketUrl),
        new("hot_load_trainer_job", MaskPathKind.Immutable, (d, s) => d.HotLoadTrainerJob = s.HotLoadTrainerJob),
        new("enable_hot_reload_latest_addon", MaskPathKind.Immutable, (d, s) => d.EnableHotReloadLatestAddon = s.EnableHotReloadLatestAddon),
        new("accelerator_count", MaskPathKind.Rolling, (d, s) => d.AcceleratorCount = s.AcceleratorCount),
        new("precision", MaskPathKind.Rolling, (d, s) => d.Precision = s.Precision),
        new("deployment_shape", MaskPathKind.Rolling, (d, s) => d.DeploymentShape = s.DeploymentShape),
        new("deployment_template", MaskPathKind.Rolling, (d, s) => d.DeploymentTemplate = s.DeploymentTemplate),
        new("max_context_length", MaskPathKind.Rolling, (d, s) => d.MaxContextLength = s.MaxContextLength),
        new("draft_model", MaskPathKind.Rolling, (d, s) => d.DraftModel = s.DraftModel),
        new("draft_token_count", MaskPathKind.Rolling, (d, s) => d.DraftTokenCount = s.DraftTokenCount),
        new("ngram_speculation_length", MaskPathKind.Rolling, (d, s) => d.NgramSpeculationLength = s.NgramSpeculationLength),
        new("enable_addons", MaskPathKind.Rolling, (d, s) => d.EnableAddons = s.EnableAddons),
        new("enable_mtp", MaskPathKind.Rolling, (d, s) => d.EnableMtp = s.EnableMtp),
        new("enable_session_affinity", MaskPathKind.Rolling, (d, s) => d.EnableSessionAffinity = s.EnableSessionAffinity),
        new("auto_tune", MaskPathKind.Rolling, (d, s) => d.AutoTune = s.AutoTune),
        new("disable_deployment_size_validation", MaskPathKind.Immediate, (d, s) => d.DisableDeploymentSizeValidation = s.DisableDeploymentSizeValidation),
        new("base_model", MaskPathKind.Immutable, (d, s) => d.BaseModel = s.BaseModel),
        new("accelerator_type", MaskPathKind.Immutable, (d, s) => d.AcceleratorType = s.AcceleratorType),
        new("placement", MaskPathKind.Immutable, (d, s) => d.Placement = s.Placement),
        new("direct_route_type", MaskPathKind.Immutable, (d, s) => d.DirectRouteType = s.DirectRouteType),
        new("name", MaskPathKind.OutputOnly, (_, _) => { }),
        new("create_time", MaskPathKind.OutputOnly, (_, _) => { }),
        new("update_time", MaskPathKind.OutputOnly, (_, _) => { }),
        new("delete_time", MaskPathKind.OutputOnly, (_, _) => { }),
        new("purge_time", MaskPathKind.OutputOnly, (_, _) => { }),
        new("state", MaskPathKind.OutputOnly, (_, _) => { }),
        new("status", MaskPathKind.OutputOnly, (_, _) => { }),
        new("replica_count", MaskPathKind.OutputOnly, (_, _) => { }),
        new("desired_replica_count", MaskPathKind.OutputOnly, (_, _) => { }),
        new("replica_stats", MaskPathKind.OutputOnly, (_, _) => { }),
        new("region", MaskPathKind.OutputOnly, (_, _) => { }),
        new("direct_route_handle", MaskPathKind.OutputOnly, (_, _) => { }),
        new("cluster", MaskPathKind.OutputOnly, (_, _) => { }),
    }.ToFrozenDictionary(p => p.Path, StringComparer.Ordinal);

    /// <summary>
    /// The mask of a PATCH without <c>updateMask</c>: like gRPC-gateway, the top-level fields present in the body
    /// (the official Python SDK sends no mask, and SPEC 4.259.0 defines none).
    /// </summary>
    public static IReadOnlyList<MaskPath> FromBody(IEnumerable<string> topLevelFields)
    {
        var paths = new List<MaskPath>();
        foreach (var field in topLevelFields)
        {
            var name = FieldNames.ToSnakeCase(field);
            if (!Paths.TryGetValue(name, out var path) || path.Kind == MaskPathKind.OutputOnly)
            {
                throw ApiException.InvalidArgument($"field \"{field}\" cannot be updated");
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Parses an explicit mask (snake_case paths, comma-separated).</summary>
    public static IReadOnlyList<MaskPath> Parse(string mask)
    {
        var paths = new List<MaskPath>();
        foreach (var raw in mask.Split(','))
        {
            var name = raw.Trim();
            if (!Paths.TryGetValue(name, out var path))
            {
                throw ApiException.InvalidArgument($"updateMask: unknown field path \"{name}\" (paths are snake_case, e.g. display_name)");
            }

            if (path.Kind == MaskPathKind.OutputOnly)
            {
                throw ApiException.InvalidArgument($"updateMask: field \"{name}\" is output only");
            }

            if (!paths.Contains(path))
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    private static AutoscalingPolicyJson Policy(DeploymentJson spec) => spec.AutoscalingPolicy ??= new AutoscalingPolicyJson();
}
