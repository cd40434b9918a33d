using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Program inputs that set every Deployment input at once (with distinctive values), and pass Check.</summary>
internal static class FullDeploymentInputs
{
    public static (string Key, object? Value)[] Entries { get; } =
    [
        ("baseModel", Model),
        ("deploymentId", "chat-1"),
        ("displayName", "Chat display"),
        ("description", "Chat description"),
        ("deploymentShape", "accounts/fireworks/deploymentShapes/small"),
        ("acceleratorCount", 2),
        ("precision", "FP8"),
        ("minReplicaCount", 1),
        ("maxReplicaCount", 3),
        ("maxWithRevocableReplicaCount", 5),
        ("autoscalingPolicy", Obj(("scaleUpWindow", "1m"), ("scaleDownWindow", "10m"), ("scaleToZeroWindow", "1h"),
            ("loadTargets", Obj(("default", 0.7))),
            ("scalingSchedules", Obj(("business", Obj(("minReplicaCount", 2), ("schedule", "0 9 * * 1-5"),
                ("duration", "10h"), ("timezone", "UTC"), ("description", "office hours"), ("disabled", false))))))),
        ("region", "US_IOWA_1"),
        ("directRouteType", "INTERNET"),
        ("directRouteApiKeys", new[] { SecretKey }),
        ("enableAddons", true),
        ("maxContextLength", 8192),
        ("draftModel", "accounts/fireworks/models/draft-model"),
        ("draftTokenCount", 4),
        ("ngramSpeculationLength", 3),
        ("annotations", Obj(("team", "ml-platform"))),
        ("expireTime", "2027-06-30T12:00:00Z"),
        ("enableSessionAffinity", true),
        ("numPeftDeviceCached", 6),
        ("autoTune", Obj(("longPrompt", true))),
        ("deploymentTemplate", "accounts/acme/deploymentTemplates/tmpl"),
        ("disableDeploymentSizeValidation", true),
        ("pricingPlanId", "plan-gold"),
        ("enableHotLoad", true),
        ("hotLoadBucketType", "S3"),
        ("hotLoadBucketUrl", "s3://bucket/weights"),
        ("hotLoadTrainerJob", "accounts/acme/rlorTrainerJobs/job-7"),
        ("enableHotReloadLatestAddon", true),
        ("disableSpeculativeDecoding", true),
        ("skipShapeValidation", true),
        ("waitForReady", true),
        ("hardDelete", false),
        ("ignoreChecksOnDelete", true),
    ];

    public static ImmutableDictionary<string, PropertyValue> Program() => Valid(Entries);
}
