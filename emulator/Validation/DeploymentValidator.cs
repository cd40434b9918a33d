using System.Text.RegularExpressions;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Validation;

/// <summary>Server-side checks of deployment bodies; every failure is a 400 INVALID_ARGUMENT unless noted.</summary>
internal sealed partial class DeploymentValidator(RegionCatalog regions)
{
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [GeneratedRegex("^accounts/[^/]+/models/[^/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelName();

    [GeneratedRegex("^accounts/[^/]+/deploymentShapes/[^/]+(/versions/[^/]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeName();

    [GeneratedRegex("^[A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectRouteKey();

    /// <summary>
    /// Inferred: output-only fields in a request body are refused rather than silently ignored (AIP says "ignore"),
    /// so that a client which echoes server state back is caught by its tests.
    /// </summary>
    public static void RejectOutputOnlyFields(DeploymentJson body)
    {
        (string Field, bool IsSet)[] outputOnly =
        [
            ("name", body.Name is not null), ("createTime", body.CreateTime is not null),
            ("updateTime", body.UpdateTime is not null), ("deleteTime", body.DeleteTime is not null),
            ("purgeTime", body.PurgeTime is not null), ("state", body.State is not null),
            ("status", body.Status is not null), ("replicaCount", body.ReplicaCount is not null),
            ("desiredReplicaCount", body.DesiredReplicaCount is not null), ("replicaStats", body.ReplicaStats is not null),
            ("region", body.Region is not null), ("directRouteHandle", body.DirectRouteHandle is not null),
            ("cluster", body.Cluster is not null),
        ];
        foreach (var (field, isSet) in outputOnly)
        {
            if (isSet)
            {
                throw ApiException.InvalidArgument($"field \"{field}\" is output only and must not be set in a request");
            }
        }
    }

    /// <summary>Checks that only apply to a create body (what the client chose, before server defaults).</summary>
    public static void ValidateCreateBody(DeploymentJson body)
    {
        if (string.IsNullOrEmpty(body.BaseModel))
        {
            throw ApiException.InvalidArgument("baseModel is required");
        }

        if (body.DeploymentShape is { Length: > 0 } shape)
        {
            if (body.AcceleratorType is not null)
            {
                throw ApiException.InvalidArgument($"acceleratorType must not be set when deploymentShape is set (the shape \"{shape}\" decides the hardware)");
            }
        }
        else if (body.AcceleratorType is null)
        {
            throw ApiException.InvalidArgument("acceleratorType is required when deploymentShape is not set");
        }
    }

    /// <summary>Checks of a complete deployment spec, run after create defaults and after every update.</summary>
    public void ValidateSpec(DeploymentJson spec)
    {
        if (spec.BaseModel is null || !ModelName().IsMatch(spec.BaseModel))
        {
            throw ApiException.InvalidArgument($"baseModel \"{spec.BaseModel}\" is not a model name of the form accounts/<account>/models/<model>");
        }

        if (spec.DisplayName is { Length: >= 64 })
        {
            throw ApiException.InvalidArgument("displayName must be under 64 characters");
        }

        CheckEnum("acceleratorType", spec.AcceleratorType, KnownValues.AcceleratorTypes);
        if (spec.AcceleratorType == "ACCELERATOR_TYPE_UNSPECIFIED")
        {
            throw ApiException.InvalidArgument("acceleratorType must be specified (ACCELERATOR_TYPE_UNSPECIFIED is not allowed)");
        }

        CheckEnum("precision", spec.Precision, KnownValues.Precisions);
        CheckEnum("directRouteType", spec.DirectRouteType, KnownValues.DirectRouteTypes);
        CheckEnum("hotLoadBucketType", spec.HotLoadBucketType, KnownValues.HotLoadBucketTypes);
        if (spec.ExpireTime is { } expireTime && !ProtoTimestamp.TryParse(expireTime, out _))
        {
            throw ApiException.InvalidArgument($"proto: invalid google.protobuf.Timestamp value \"{expireTime}\" for field expireTime (use RFC 3339, e.g. 2026-08-01T00:00:00Z)");
        }

        AnnotationKeys.Validate(spec.Annotations);
        if (spec.DeploymentShape is { } shape && !ShapeName().IsMatch(shape))
        {
            throw ApiException.InvalidArgument($"deploymentShape \"{shape}\" is not of the form accounts/<account>/deploymentShapes/<shape>");
        }

        CheckNonNegative("acceleratorCount", spec.AcceleratorCount);
        CheckNonNegative("minReplicaCount", spec.MinReplicaCount);
        CheckNonNegative("maxReplicaCount", spec.MaxReplicaCount);
        CheckNonNegative("maxWithRevocableReplicaCount", spec.MaxWithRevocableReplicaCount);
        CheckNonNegative("maxContextLength", spec.MaxContextLength);
        CheckNonNegative("draftTokenCount", spec.DraftTokenCount);
        CheckNonNegative("ngramSpeculationLength", spec.NgramSpeculationLength);
        CheckNonNegative("numPeftDeviceCached", spec.NumPeftDeviceCached);
        if (spec.MinReplicaCount is { } min && spec.MaxReplicaCount is { } max && max < min)
        {
            throw ApiException.InvalidArgument($"maxReplicaCount ({max}) must be at least minReplicaCount ({min})");
        }

        ValidateAutoscaling(spec.AutoscalingPolicy);
        ScalingSchedules.Validate(spec.AutoscalingPolicy?.ScalingSchedules, spec.MaxReplicaCount);
        ValidatePlacement(spec.Placement);
        ValidateDirectRoute(spec);
    }

    private static void ValidateAutoscaling(AutoscalingPolicyJson? policy)
    {
        if (policy is null)
        {
            return;
        }

        CheckWindow("autoscalingPolicy.scaleUpWindow", policy.ScaleUpWindow, TimeSpan.Zero, OneHour);
        CheckWindow("autoscalingPolicy.scaleDownWindow", policy.ScaleDownWindow, TimeSpan.Zero, OneHour);
        CheckWindow("autoscalingPolicy.scaleToZeroWindow", policy.ScaleToZeroWindow, FiveMinutes, TimeSpan.MaxValue);
        foreach (var (key, value) in policy.LoadTargets ?? [])
        {
            if (!KnownValues.LoadTargetKeys.Contains(key))
            {
                throw ApiException.InvalidArgument($"autoscalingPolicy.loadTargets: unknown load target \"{key}\"");
            }

            var valid = key == "default" ? value is > 0 and <= 1 : value > 0;
            if (!valid)
            {
                throw ApiException.InvalidArgument($"autoscalingPolicy.loadTargets[\"{key}\"] is out of range");
            }
        }
    }

    private static void CheckWindow(string field, string? text, TimeSpan min, TimeSpan max)
    {
        if (text is null)
        {
            return;
        }

        // The real server fails this while parsing the body, hence the protojson-style wording.
        if (!ProtoDuration.TryParse(text, out var value))
        {
            throw ApiException.InvalidArgument($"proto: invalid google.protobuf.Duration value \"{text}\" for field {field}");
        }

        if (value < min || value > max)
        {
            throw ApiException.InvalidArgument($"{field} {text} is out of range");
        }
    }

    private void ValidatePlacement(PlacementJson? placement)
    {
        if (placement is null)
        {
            return;
        }

        var setFields = (placement.Region is not null ? 1 : 0) + (placement.MultiRegion is not null ? 1 : 0) + (placement.Regions is not null ? 1 : 0);
        if (setFields > 1)
        {
            throw ApiException.InvalidArgument("placement: exactly one of region, multiRegion, regions may be set");
        }

        CheckRegion("placement.region", placement.Region);
        if (placement.Region == "REGION_UNSPECIFIED")
        {
            throw ApiException.InvalidArgument("placement.region must be specified");
        }

        if (placement.MultiRegion is { } group && !KnownValues.MultiRegionPlacement.ContainsKey(group))
        {
            throw ApiException.InvalidArgument($"proto: invalid value for enum field multiRegion: \"{group}\"");
        }

        if (placement.Regions is { } regions)
        {
            if (regions.Count == 0)
            {
                throw ApiException.InvalidArgument("placement.regions must not be empty");
            }

            foreach (var region in regions)
            {
                CheckRegion("placement.regions", region);
            }
        }
    }

    private static void ValidateDirectRoute(DeploymentJson spec)
    {
        foreach (var key in spec.DirectRouteApiKeys ?? [])
        {
            if (!DirectRouteKey().IsMatch(key))
            {
                // Never echo the key: it is a secret.
                throw ApiException.InvalidArgument("directRouteApiKeys: each key must be a non-empty alphanumeric string");
            }
        }

        if (spec.DirectRouteType is null or "DIRECT_ROUTE_TYPE_UNSPECIFIED")
        {
            return;
        }

        if (spec.Placement?.Region is null)
        {
            throw ApiException.InvalidArgument("direct routing requires a single region: set placement.region (not multiRegion or regions)");
        }

        if (spec.DirectRouteApiKeys is not { Count: > 0 })
        {
            throw ApiException.InvalidArgument("direct routing requires at least one directRouteApiKeys entry");
        }
    }

    private void CheckRegion(string field, string? value)
    {
        if (value is not null && !regions.Contains(value))
        {
            throw ApiException.InvalidArgument($"proto: invalid value for enum field {field}: \"{value}\"");
        }
    }

    private static void CheckEnum(string field, string? value, IReadOnlySet<string> known)
    {
        if (value is not null && !known.Contains(value))
        {
            throw ApiException.InvalidArgument($"proto: invalid value for enum field {field}: \"{value}\"");
        }
    }

    private static void CheckNonNegative(string field, int? value)
    {
        if (value < 0)
        {
            throw ApiException.InvalidArgument($"{field} must not be negative");
        }
    }
}
