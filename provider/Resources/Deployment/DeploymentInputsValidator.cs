using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// The rules on typed inputs. Each failure names the property and says what is allowed. Rules whose value is
/// unknown (preview) are skipped. Reasons about directRouteApiKeys never quote a key.
/// </summary>
public static partial class DeploymentInputsValidator
{
    public const int MaxDisplayNameLength = 63;
    public static readonly TimeSpan MaxScaleWindow = TimeSpan.FromHours(1);
    public static readonly TimeSpan MinScaleToZeroWindow = TimeSpan.FromMinutes(5);

    /// <summary>Inferred from Fireworks' resource ids (lower-case, digits, hyphens, starts with a letter, ≤ 63).</summary>
    public const string DeploymentIdRule =
        "1 to 63 characters: lower-case letters, digits and hyphens, starting with a letter and not ending with a " +
        "hyphen (pattern ^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$, inferred from Fireworks resource ids)";

    public static bool IsValidDeploymentId(string id) => DeploymentIdPattern().IsMatch(id);

    public static void Validate(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        ValidateIdentity(inputs, failures);
        ValidateHardware(inputs, failures);
        ValidateCounts(inputs, failures);
        ValidatePlacement(inputs, failures);
        ValidateDirectRoute(inputs, failures);
        ValidateHotLoad(inputs, failures);
        ValidateAnnotations(inputs, failures);
        if (inputs.AutoscalingPolicy is { IsKnown: true } policy)
        {
            ValidatePolicy(policy.Value, inputs, failures);
        }
    }

    private static void ValidateIdentity(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        if (inputs.BaseModel is null || (inputs.BaseModel.IsKnown && inputs.BaseModel.Value.Length == 0))
        {
            failures.Fail(Names.BaseModel,
                "baseModel is required: the model to serve, e.g. \"accounts/fireworks/models/llama-v3p1-8b-instruct\"");
        }

        if (inputs.DeploymentId is { IsKnown: true } id && !IsValidDeploymentId(id.Value))
        {
            failures.Fail(Names.DeploymentId,
                $"{failures.Show(Names.DeploymentId, id.Value)} is not a valid deployment id; use {DeploymentIdRule}");
        }

        if (inputs.DisplayName is { IsKnown: true } displayName && displayName.Value.Length > MaxDisplayNameLength)
        {
            failures.Fail(Names.DisplayName,
                $"must be under 64 characters (Fireworks limit); it has {displayName.Value.Length}");
        }
    }

    private static void ValidateHardware(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        OpenEnum(failures, Names.AcceleratorType, inputs.AcceleratorType, DeploymentEnumValues.AcceleratorTypes,
            "accelerator type");
        if (inputs.DeploymentTemplate is { IsKnown: true } template
            && !DeploymentTemplatePattern().IsMatch(template.Value))
        {
            failures.Fail(Names.DeploymentTemplate,
                $"{failures.Show(Names.DeploymentTemplate, template.Value)} is not a deployment template name; use " +
                "\"accounts/<account>/deploymentTemplates/<template>\"");
        }
        OpenEnum(failures, Names.Precision, inputs.Precision, DeploymentEnumValues.Precisions, "precision");
        if (inputs.AcceleratorType is { IsKnown: true } && inputs.DeploymentShape is { IsKnown: true })
        {
            failures.Fail(Names.AcceleratorType,
                "acceleratorType and deploymentShape cannot both be set (Fireworks rejects the pair): a deployment " +
                "shape already fixes the accelerator; set one or the other");
        }

        // Fireworks refuses a create with neither (ACCELERATOR_TYPE_UNSPECIFIED): say so before anything is created.
        if (inputs.AcceleratorType is null && inputs.DeploymentShape is null)
        {
            failures.Fail(Names.AcceleratorType,
                "acceleratorType is required unless deploymentShape is set (Fireworks needs one of them); allowed " +
                $"values include {string.Join(", ", DeploymentEnumValues.AcceleratorTypes.Current)}, or set deploymentShape " +
                "to e.g. \"accounts/fireworks/deploymentShapes/<name>\"");
        }
    }

    private static void ValidateCounts(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        AtLeast(failures, Names.AcceleratorCount, inputs.AcceleratorCount, 1);
        AtLeast(failures, Names.MinReplicaCount, inputs.MinReplicaCount, 0);
        AtLeast(failures, Names.MaxReplicaCount, inputs.MaxReplicaCount, 0);
        AtLeast(failures, Names.MaxContextLength, inputs.MaxContextLength, 0);
        AtLeast(failures, Names.DraftTokenCount, inputs.DraftTokenCount, 0);
        AtLeast(failures, Names.NgramSpeculationLength, inputs.NgramSpeculationLength, 0);
        AtLeast(failures, Names.NumPeftDeviceCached, inputs.NumPeftDeviceCached, 0);
        AtLeast(failures, Names.MaxWithRevocableReplicaCount, inputs.MaxWithRevocableReplicaCount, 0);
        if (inputs.MaxReplicaCount is { IsKnown: true } capped && inputs.MaxWithRevocableReplicaCount is { IsKnown: true } withRevocable
            && withRevocable.Value >= 0 && withRevocable.Value < capped.Value)
        {
            failures.Fail(Names.MaxWithRevocableReplicaCount,
                $"counts revocable replicas on top of maxReplicaCount, so it must be at least maxReplicaCount " +
                $"({capped.Value}); got {withRevocable.Value}");
        }
        if (inputs.MinReplicaCount is { IsKnown: true } min && inputs.MaxReplicaCount is { IsKnown: true } max
            && min.Value >= 0 && max.Value >= 0 && min.Value > max.Value)
        {
            failures.Fail(Names.MaxReplicaCount,
                $"must be at least minReplicaCount ({min.Value}); got {max.Value}");
        }
    }

    private static void ValidatePlacement(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        var set = new List<string>();
        if (inputs.Region is not null)
        {
            set.Add(Names.Region);
        }

        if (inputs.MultiRegion is not null)
        {
            set.Add(Names.MultiRegion);
        }

        if (inputs.Regions is not null)
        {
            set.Add(Names.Regions);
        }

        if (set.Count > 1)
        {
            failures.Fail(set[1],
                $"region, multiRegion and regions are alternatives (Fireworks placement takes exactly one); " +
                $"got {string.Join(" and ", set)}: keep one");
        }

        OpenEnum(failures, Names.Region, inputs.Region, DeploymentEnumValues.Regions, "region");
        OpenEnum(failures, Names.MultiRegion, inputs.MultiRegion, DeploymentEnumValues.MultiRegions, "multi-region");
        if (inputs.Regions is { IsKnown: true } regions)
        {
            if (regions.Value.Count == 0)
            {
                failures.Fail(Names.Regions, "must list at least one region, e.g. [\"US_IOWA_1\"], or be left out");
            }

            for (var i = 0; i < regions.Value.Count; i++)
            {
                var path = $"{Names.Regions}[{i}]";
                OpenEnum(failures, path, Known<string>.Of(regions.Value[i]), DeploymentEnumValues.Regions, "region");
                var first = IndexOf(regions.Value, regions.Value[i]);
                if (first < i)
                {
                    failures.Fail(path, $"repeats {Names.Regions}[{first}]: list each region once");
                }
            }
        }
    }

    private static void ValidateDirectRoute(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        OpenEnum(failures, Names.DirectRouteType, inputs.DirectRouteType, DeploymentEnumValues.DirectRouteTypes,
            "direct route type");
        var keys = inputs.DirectRouteApiKeys;
        if (inputs.DirectRouteType is not null)
        {
            if (inputs.Region is null)
            {
                failures.Fail(Names.DirectRouteType,
                    "direct routing needs exactly one single region: set region (e.g. \"US_ARIZONA_1\") instead of " +
                    "multiRegion or regions");
            }

            if (keys is null || (keys.IsKnown && keys.Value.Count == 0))
            {
                failures.Fail(Names.DirectRouteType,
                    "direct routing needs a non-empty directRouteApiKeys list: the keys (letters and digits) that " +
                    "clients send as the bearer token on the direct route");
            }
        }
        else if (keys is not null && (keys.IsUnknown || keys.Value.Count > 0))
        {
            failures.Fail(Names.DirectRouteApiKeys,
                "directRouteApiKeys is set but directRouteType is not: Fireworks ignores the keys unless direct " +
                $"routing is on; set directRouteType ({string.Join(", ", DeploymentEnumValues.DirectRouteTypes.Current)}) " +
                "or remove the keys");
        }

        if (keys is { IsKnown: true })
        {
            for (var i = 0; i < keys.Value.Count; i++)
            {
                var path = $"{Names.DirectRouteApiKeys}[{i}]";
                if (!AlphanumericPattern().IsMatch(keys.Value[i]))
                {
                    failures.Fail(path,
                        "must be a non-empty string of letters A-Z, a-z and digits 0-9 only (the value is secret and " +
                        "not shown)");
                }

                var first = IndexOf(keys.Value, keys.Value[i]);
                if (first < i)
                {
                    failures.Fail(path, $"repeats {Names.DirectRouteApiKeys}[{first}]: list each key once");
                }
            }
        }
    }

    private static void ValidatePolicy(AutoscalingPolicyInput policy, DeploymentInputs inputs, CheckFailureCollector failures)
    {
        var prefix = Names.AutoscalingPolicy + ".";
        Window(failures, prefix + Names.ScaleUpWindow, policy.ScaleUpWindow, TimeSpan.Zero, MaxScaleWindow);
        Window(failures, prefix + Names.ScaleDownWindow, policy.ScaleDownWindow, TimeSpan.Zero, MaxScaleWindow);
        Window(failures, prefix + Names.ScaleToZeroWindow, policy.ScaleToZeroWindow, MinScaleToZeroWindow, null);
        if (policy.ScalingSchedules is { IsKnown: true } schedules)
        {
            ScalingScheduleRules.Validate(prefix + Names.ScalingSchedules, schedules.Value,
                inputs.MaxReplicaCount is { IsKnown: true } max ? max.Value : null, failures);
        }

        if (policy.LoadTargets is not { IsKnown: true } targets)
        {
            return;
        }

        var targetsPath = prefix + Names.LoadTargets;
        var allowed = string.Join(", ", DeploymentEnumValues.LoadTargetKeys);
        foreach (var (key, target) in targets.Value)
        {
            var path = PropertyPath.Child(targetsPath, key);
            if (!DeploymentEnumValues.LoadTargetKeys.Contains(key))
            {
                var suggestion = NameSuggestion.Closest(key, DeploymentEnumValues.LoadTargetKeys);
                var hint = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
                failures.Fail(path, $"unknown load target '{key}'{hint}; allowed keys: {allowed}");
            }
            else if (key == "default" && (target < 0 || target > 1 || double.IsNaN(target)))
            {
                failures.Fail(path, $"is a fraction of capacity and must be between 0 and 1, e.g. 0.8; got {target}");
            }
            else if (key != "default" && !(target > 0))
            {
                failures.Fail(path, $"must be a positive number (a per-replica target); got {target}");
            }
        }
    }

    private static void ValidateHotLoad(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        OpenEnum(failures, Names.HotLoadBucketType, inputs.HotLoadBucketType, DeploymentEnumValues.HotLoadBucketTypes,
            "hot-load bucket type");
        if (inputs.HotLoadBucketUrl is { IsKnown: true } url
            && (!BucketUrlPattern().IsMatch(url.Value) || url.Value.EndsWith('/')))
        {
            failures.Fail(Names.HotLoadBucketUrl,
                $"{failures.Show(Names.HotLoadBucketUrl, url.Value)} is not a bucket URL; use \"s3://bucket/path\" or " +
                "\"gs://bucket/path\" without a trailing slash");
        }

        if (inputs.HotLoadTrainerJob is { IsKnown: true } job && !TrainerJobPattern().IsMatch(job.Value))
        {
            failures.Fail(Names.HotLoadTrainerJob,
                $"{failures.Show(Names.HotLoadTrainerJob, job.Value)} is not a trainer job name; use " +
                "\"accounts/<account>/rlorTrainerJobs/<job>\"");
        }
    }

    /// <summary>
    /// Keys in Kubernetes annotation syntax [inferred: another Fireworks API requires it]; the provider's own prefix
    /// and Fireworks' <c>fireworks.ai/</c> are reserved.
    /// </summary>
    private static void ValidateAnnotations(DeploymentInputs inputs, CheckFailureCollector failures)
    {
        if (inputs.Annotations is not { IsKnown: true } annotations)
        {
            return;
        }

        foreach (var key in annotations.Value.Keys)
        {
            var path = PropertyPath.Child(Names.Annotations, key);
            if (key.StartsWith("fireworks.pulumi.com/", StringComparison.Ordinal) || key.StartsWith("fireworks.ai/", StringComparison.Ordinal))
            {
                failures.Fail(path,
                    $"the prefix of '{key}' is reserved (fireworks.pulumi.com/ for the provider's own records, fireworks.ai/ " +
                    "for Fireworks); use another key, e.g. \"team\" or \"example.com/owner\"");
            }
            else if (!AnnotationKeyPattern().IsMatch(key))
            {
                failures.Fail(path,
                    $"'{key}' is not an annotation key: use an optional DNS prefix and a slash, then 1 to 63 letters, " +
                    "digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. \"team\", \"example.com/owner\")");
            }
        }
    }

    private static void Window(CheckFailureCollector failures, string path, Known<TimeSpan>? window, TimeSpan min,
        TimeSpan? max)
    {
        if (window is not { IsKnown: true } known)
        {
            return;
        }

        var value = known.Value;
        if (value < min || (max is not null && value > max))
        {
            var range = max is null
                ? $"at least {DurationText.Format(min)} ({min.TotalMinutes:0}m)"
                : $"between {DurationText.Format(min)} and {DurationText.Format(max.Value)} (1h)";
            failures.Fail(path, $"must be {range}; got {DurationText.Format(value)}");
        }
    }

    private static void AtLeast(CheckFailureCollector failures, string path, Known<int>? value, int min)
    {
        if (value is { IsKnown: true } known && known.Value < min)
        {
            failures.Fail(path, $"must be {min} or more; got {known.Value}");
        }
    }

    /// <summary>
    /// Open enums let unlisted, well-formed names through with a warning (Fireworks adds values); values older API
    /// versions listed pass with a warning that names the current list; a malformed name (lower case, spaces,
    /// hyphens) or an UNSPECIFIED placeholder fails with the known list.
    /// </summary>
    private static void OpenEnum(CheckFailureCollector failures, string path, Known<string>? value, SchemaEnum known,
        string what)
    {
        if (value is not { IsKnown: true } given || known.Current.Contains(given.Value))
        {
            return;
        }

        var text = given.Value;
        var list = string.Join(", ", known.Current);
        if (known.Deprecated.Contains(text))
        {
            failures.Warn($"{path} {failures.Show(path, text)} is no longer listed by the Fireworks API (4.259.0); it is " +
                          $"passed to Fireworks, which decides whether it still accepts it. Current values: {list}");
            return;
        }

        if (!DeploymentEnumValues.IsWellFormedEnumName(text) || text.EndsWith("UNSPECIFIED", StringComparison.Ordinal))
        {
            var upper = text.Trim().ToUpperInvariant().Replace('-', '_').Replace(' ', '_');
            var hint = known.IsKnown(upper) && !failures.IsSecret(path) ? $" (did you mean \"{upper}\"?)" : string.Empty;
            failures.Fail(path,
                $"{failures.Show(path, text)} is not a valid {what} name{hint}. Use an upper-case Fireworks name; " +
                $"known values: {list}");
            return;
        }

        failures.Warn($"{path} {failures.Show(path, text)} is not a {what} this provider knows; it is passed to Fireworks as given " +
                      $"(known: {list})");
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeploymentIdPattern();

    [GeneratedRegex("^[A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AlphanumericPattern();

    [GeneratedRegex("^(s3|gs)://[a-z0-9][a-z0-9.\\-_]{1,221}(/[^\\s]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BucketUrlPattern();

    [GeneratedRegex("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnotationKeyPattern();

    [GeneratedRegex("^accounts/[a-z0-9][a-z0-9-]*/deploymentTemplates/[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DeploymentTemplatePattern();

    [GeneratedRegex("^accounts/[a-z0-9][a-z0-9-]*/rlorTrainerJobs/[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrainerJobPattern();
}
