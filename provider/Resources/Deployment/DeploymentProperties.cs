using System.Collections.Frozen;
using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Resources.Kernel.PropertyChange;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Every input of <c>fireworks:index:Deployment</c>, declared once. Parsing, writing, diffing, the create and update
/// bodies, refresh and the outputs all walk this table, so a new input is one row here plus its member on
/// <see cref="DeploymentInputs"/> and its field on the wire models. Change behaviours follow
/// <c>fireworks-api.md</c> §3.1 and <c>fireworks-api-more.md</c> §4.1; where the facts are silent the input
/// replaces (the safe choice), as the schema says.
/// </summary>
public static class DeploymentProperties
{
    /// <summary>The annotation that records the Pulumi URN of the stack resource that created a deployment.</summary>
    public const string UrnAnnotation = "fireworks.pulumi.com/urn";

    public static ImmutableArray<DeploymentProperty> All { get; } =
    [
        Text(Names.BaseModel, Replace, i => i.BaseModel, (i, v) => i with { BaseModel = v },
            (s, v) => s with { BaseModel = v }, d => d.BaseModel),
        new DeploymentProperty<string>(Names.DeploymentId, Replace, i => i.DeploymentId, (i, v) => i with { DeploymentId = v },
            (r, n) => r.String(n), InputWriter.Text) { Held = d => Known(IdOf(d.Name)) },
        Text(Names.DisplayName, UpdateInPlace, i => i.DisplayName, (i, v) => i with { DisplayName = v },
            (s, v) => s with { DisplayName = v }, d => d.DisplayName, reset: (s, _) => s with { DisplayName = string.Empty }),
        Text(Names.Description, UpdateInPlace, i => i.Description, (i, v) => i with { Description = v },
            (s, v) => s with { Description = v }, d => d.Description, reset: (s, _) => s with { Description = string.Empty }),
        Text(Names.AcceleratorType, Replace, i => i.AcceleratorType, (i, v) => i with { AcceleratorType = v },
            (s, v) => s with { AcceleratorType = v }, d => d.AcceleratorType),
        Integer(Names.AcceleratorCount, UpdateInPlace, i => i.AcceleratorCount, (i, v) => i with { AcceleratorCount = v },
            (s, v) => s with { AcceleratorCount = v }, d => d.AcceleratorCount, reset: (s, _) => s with { AcceleratorCount = 0 }),
        Text(Names.Precision, UpdateInPlace, i => i.Precision, (i, v) => i with { Precision = v },
            (s, v) => s with { Precision = v }, d => d.Precision,

            // [inferred] The enum's zero value asks the service for the model's default precision.
            reset: (s, _) => s with { Precision = "PRECISION_UNSPECIFIED" }),
        Text(Names.DeploymentShape, UpdateInPlace, i => i.DeploymentShape, (i, v) => i with { DeploymentShape = v },
            (s, v) => s with { DeploymentShape = v }, d => d.DeploymentShape, reset: (s, _) => s with { DeploymentShape = string.Empty }),
        Integer(Names.MinReplicaCount, UpdateInPlace, i => i.MinReplicaCount, (i, v) => i with { MinReplicaCount = v },
            (s, v) => s with { MinReplicaCount = v }, d => d.MinReplicaCount, reset: (s, _) => s with { MinReplicaCount = 0 }),

        // An unset maximum is max(min, 1) on the service; sending 0 would scale the deployment to zero.
        Integer(Names.MaxReplicaCount, UpdateInPlace, i => i.MaxReplicaCount, (i, v) => i with { MaxReplicaCount = v },
            (s, v) => s with { MaxReplicaCount = v }, d => d.MaxReplicaCount,
            reset: (s, i) => s with { MaxReplicaCount = Math.Max(i.MinReplicaCount is { IsKnown: true } min ? min.Value : 0, 1) }),
        Integer(Names.MaxWithRevocableReplicaCount, UpdateInPlace, i => i.MaxWithRevocableReplicaCount,
            (i, v) => i with { MaxWithRevocableReplicaCount = v }, (s, v) => s with { MaxWithRevocableReplicaCount = v },
            d => d.MaxWithRevocableReplicaCount, reset: (s, _) => s with { MaxWithRevocableReplicaCount = 0 }),
        new DeploymentProperty<AutoscalingPolicyInput>(Names.AutoscalingPolicy, UpdateInPlace, i => i.AutoscalingPolicy,
            (i, v) => i with { AutoscalingPolicy = v }, AutoscalingPolicyMapping.Read, AutoscalingPolicyMapping.Write)
        {
            ServerFillsFields = true,
            Send = (s, v) => s with { AutoscalingPolicy = AutoscalingPolicyMapping.ToWire(v) },
            Reset = (s, _) => s with { AutoscalingPolicy = new AutoscalingPolicy() },
            Held = d => AutoscalingPolicyMapping.FromWire(d.AutoscalingPolicy),
        },
        Text(Names.Region, Replace, i => i.Region, (i, v) => i with { Region = v },
            (s, v) => s with { Placement = (s.Placement ?? new Placement()) with { Region = v } }, d => d.Placement?.Region),
        Text(Names.MultiRegion, Replace, i => i.MultiRegion, (i, v) => i with { MultiRegion = v },
            (s, v) => s with { Placement = (s.Placement ?? new Placement()) with { MultiRegion = v } }, d => d.Placement?.MultiRegion),
        new DeploymentProperty<IReadOnlyList<string>>(Names.Regions, Replace, i => i.Regions, (i, v) => i with { Regions = v },
            (r, n) => r.StringList(n), InputWriter.StringList)
        {
            Unordered = true,
            Send = (s, v) => s with { Placement = (s.Placement ?? new Placement()) with { Regions = v } },
            Held = d => List(d.Placement?.Regions),
        },
        Text(Names.DirectRouteType, Replace, i => i.DirectRouteType, (i, v) => i with { DirectRouteType = v },
            (s, v) => s with { DirectRouteType = v }, d => d.DirectRouteType),
        new DeploymentProperty<IReadOnlyList<string>>(Names.DirectRouteApiKeys, UpdateInPlace, i => i.DirectRouteApiKeys,
            (i, v) => i with { DirectRouteApiKeys = v }, (r, n) => r.StringList(n), InputWriter.StringList)
        {
            AlwaysSecret = true,
            MayBeWithheld = true,
            Unordered = true,
            Send = (s, v) => s with { DirectRouteApiKeys = v },
            Reset = (s, _) => s with { DirectRouteApiKeys = [] },
            Held = d => List(d.DirectRouteApiKeys),
        },
        Flag(Names.EnableAddons, UpdateInPlace, i => i.EnableAddons, (i, v) => i with { EnableAddons = v },
            (s, v) => s with { EnableAddons = v }, d => d.EnableAddons, reset: (s, _) => s with { EnableAddons = false }),
        Integer(Names.MaxContextLength, UpdateInPlace, i => i.MaxContextLength, (i, v) => i with { MaxContextLength = v },
            (s, v) => s with { MaxContextLength = v }, d => d.MaxContextLength, reset: (s, _) => s with { MaxContextLength = 0 }),
        Text(Names.DraftModel, UpdateInPlace, i => i.DraftModel, (i, v) => i with { DraftModel = v },
            (s, v) => s with { DraftModel = v }, d => d.DraftModel, reset: (s, _) => s with { DraftModel = string.Empty }),
        Integer(Names.DraftTokenCount, UpdateInPlace, i => i.DraftTokenCount, (i, v) => i with { DraftTokenCount = v },
            (s, v) => s with { DraftTokenCount = v }, d => d.DraftTokenCount, reset: (s, _) => s with { DraftTokenCount = 0 }),
        Integer(Names.NgramSpeculationLength, UpdateInPlace, i => i.NgramSpeculationLength,
            (i, v) => i with { NgramSpeculationLength = v }, (s, v) => s with { NgramSpeculationLength = v },
            d => d.NgramSpeculationLength, reset: (s, _) => s with { NgramSpeculationLength = 0 }),
        new DeploymentProperty<IReadOnlyDictionary<string, string>>(Names.Annotations, UpdateInPlace, i => i.Annotations,
            (i, v) => i with { Annotations = v }, (r, n) => r.StringMap(n), InputWriter.StringMap)
        {
            Send = (s, v) => s with { Annotations = v },
            Reset = (s, _) => s with { Annotations = ImmutableDictionary<string, string>.Empty },
            Held = d => UserAnnotations(d.Annotations),
        },
        new DeploymentProperty<DateTimeOffset>(Names.ExpireTime, Replace, i => i.ExpireTime, (i, v) => i with { ExpireTime = v },
            (r, n) => r.Timestamp(n), InputWriter.Timestamp)
        {
            Send = (s, v) => s with { ExpireTime = TimestampText.Format(v) },
            Held = d => TimestampText.TryParse(d.ExpireTime, out var time) ? Known<DateTimeOffset>.Of(time) : null,
        },
        Flag(Names.EnableSessionAffinity, UpdateInPlace, i => i.EnableSessionAffinity, (i, v) => i with { EnableSessionAffinity = v },
            (s, v) => s with { EnableSessionAffinity = v }, d => d.EnableSessionAffinity,
            reset: (s, _) => s with { EnableSessionAffinity = false }),
        Integer(Names.NumPeftDeviceCached, UpdateInPlace, i => i.NumPeftDeviceCached, (i, v) => i with { NumPeftDeviceCached = v },
            (s, v) => s with { NumPeftDeviceCached = v }, d => d.NumPeftDeviceCached, reset: (s, _) => s with { NumPeftDeviceCached = 0 }),
        new DeploymentProperty<AutoTuneInput>(Names.AutoTune, UpdateInPlace, i => i.AutoTune, (i, v) => i with { AutoTune = v },
            (r, n) => r.Object(n, [Names.LongPrompt], o => new AutoTuneInput { LongPrompt = o.Boolean(Names.LongPrompt) }),
            v => PropertyValue.CreateMap(new InputWriter().Add(Names.LongPrompt, v.LongPrompt, InputWriter.Flag).Build()))
        {
            ServerFillsFields = true,
            Send = (s, v) => s with { AutoTune = new AutoTune { LongPrompt = v.LongPrompt is { IsKnown: true } l ? l.Value : null } },
            Reset = (s, _) => s with { AutoTune = new AutoTune() },
            Held = d => d.AutoTune?.LongPrompt is { } longPrompt
                ? Known<AutoTuneInput>.Of(new AutoTuneInput { LongPrompt = Known<bool>.Of(longPrompt) })
                : null,
        },
        Text(Names.DeploymentTemplate, Replace, i => i.DeploymentTemplate, (i, v) => i with { DeploymentTemplate = v },
            (s, v) => s with { DeploymentTemplate = v }, d => d.DeploymentTemplate),
        Flag(Names.DisableDeploymentSizeValidation, UpdateInPlace, i => i.DisableDeploymentSizeValidation,
            (i, v) => i with { DisableDeploymentSizeValidation = v }, (s, v) => s with { DisableDeploymentSizeValidation = v },
            d => d.DisableDeploymentSizeValidation, reset: (s, _) => s with { DisableDeploymentSizeValidation = false }),
        Text(Names.PricingPlanId, Replace, i => i.PricingPlanId, (i, v) => i with { PricingPlanId = v },
            (s, v) => s with { PricingPlanId = v }, d => d.PricingPlanId),
        Flag(Names.EnableHotLoad, Replace, i => i.EnableHotLoad, (i, v) => i with { EnableHotLoad = v },
            (s, v) => s with { EnableHotLoad = v }, d => d.EnableHotLoad),
        Text(Names.HotLoadBucketType, Replace, i => i.HotLoadBucketType, (i, v) => i with { HotLoadBucketType = v },
            (s, v) => s with { HotLoadBucketType = v }, d => d.HotLoadBucketType),
        Text(Names.HotLoadBucketUrl, Replace, i => i.HotLoadBucketUrl, (i, v) => i with { HotLoadBucketUrl = v },
            (s, v) => s with { HotLoadBucketUrl = v }, d => d.HotLoadBucketUrl),
        Text(Names.HotLoadTrainerJob, Replace, i => i.HotLoadTrainerJob, (i, v) => i with { HotLoadTrainerJob = v },
            (s, v) => s with { HotLoadTrainerJob = v }, d => d.HotLoadTrainerJob),
        Flag(Names.EnableHotReloadLatestAddon, Replace, i => i.EnableHotReloadLatestAddon,
            (i, v) => i with { EnableHotReloadLatestAddon = v }, (s, v) => s with { EnableHotReloadLatestAddon = v },
            d => d.EnableHotReloadLatestAddon),

        // Query flags: sent with the create (and, for skipShapeValidation, the updates), never held by the service.
        Flag(Names.DisableSpeculativeDecoding, Replace, i => i.DisableSpeculativeDecoding,
            (i, v) => i with { DisableSpeculativeDecoding = v }),
        Flag(Names.SkipShapeValidation, PropertyChange.StateOnly, i => i.SkipShapeValidation, (i, v) => i with { SkipShapeValidation = v }),
        Flag(Names.WaitForReady, PropertyChange.StateOnly, i => i.WaitForReady,
            (i, v) => i with { WaitForReady = v ?? Known<bool>.Of(DeploymentDefaults.WaitForReady) }),
        Flag(Names.HardDelete, PropertyChange.StateOnly, i => i.HardDelete,
            (i, v) => i with { HardDelete = v ?? Known<bool>.Of(DeploymentDefaults.HardDelete) }),
        Flag(Names.IgnoreChecksOnDelete, PropertyChange.StateOnly, i => i.IgnoreChecksOnDelete,
            (i, v) => i with { IgnoreChecksOnDelete = v ?? Known<bool>.Of(DeploymentDefaults.IgnoreChecksOnDelete) }),
    ];

    /// <summary>Every input name, in the table's order (used in messages and diffs).</summary>
    public static ImmutableArray<string> InputNames { get; } = [.. All.Select(property => property.Name)];

    public static FrozenDictionary<string, DeploymentProperty> ByName { get; } =
        All.ToFrozenDictionary(property => property.Name, StringComparer.Ordinal);

    /// <summary>Inputs whose change replaces the deployment.</summary>
    public static ImmutableHashSet<string> ReplaceOnChange { get; } =
        All.Where(property => property.Change == Replace).Select(property => property.Name).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Inputs that only steer the provider (their change never calls Fireworks).</summary>
    public static ImmutableHashSet<string> StateOnlyNames { get; } =
        All.Where(property => property.Change == PropertyChange.StateOnly).Select(property => property.Name)
            .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The user's annotations: the provider's own URN annotation is never shown or compared.</summary>
    public static Known<IReadOnlyDictionary<string, string>>? UserAnnotations(IReadOnlyDictionary<string, string>? annotations)
    {
        var user = annotations?.Where(entry => entry.Key != UrnAnnotation)
            .ToImmutableDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        return user is { Count: > 0 } ? Known<IReadOnlyDictionary<string, string>>.Of(user) : null;
    }

    /// <summary>The last segment of <c>accounts/{a}/deployments/{id}</c>, or null.</summary>
    public static string? IdOf(string? name) =>
        string.IsNullOrEmpty(name) || name.EndsWith('/') ? null : name[(name.LastIndexOf('/') + 1)..];

    private static DeploymentProperty Text(string name, PropertyChange change, Func<DeploymentInputs, Known<string>?> get,
        Func<DeploymentInputs, Known<string>?, DeploymentInputs> set, Func<DeploymentSpec, string, DeploymentSpec> send,
        Func<FireworksDeployment, string?> held, Func<DeploymentSpec, DeploymentInputs, DeploymentSpec>? reset = null) =>
        new DeploymentProperty<string>(name, change, get, set, (r, n) => r.String(n), InputWriter.Text)
        {
            Send = send,
            Reset = reset,
            Held = d => Known(held(d)),
        };

    private static DeploymentProperty Integer(string name, PropertyChange change, Func<DeploymentInputs, Known<int>?> get,
        Func<DeploymentInputs, Known<int>?, DeploymentInputs> set, Func<DeploymentSpec, int, DeploymentSpec> send,
        Func<FireworksDeployment, int?> held, Func<DeploymentSpec, DeploymentInputs, DeploymentSpec>? reset = null) =>
        new DeploymentProperty<int>(name, change, get, set, (r, n) => r.Integer(n), InputWriter.Integer)
        {
            Send = send,
            Reset = reset,
            Held = d => held(d) is { } value ? Known<int>.Of(value) : null,
        };

    private static DeploymentProperty Flag(string name, PropertyChange change, Func<DeploymentInputs, Known<bool>?> get,
        Func<DeploymentInputs, Known<bool>?, DeploymentInputs> set, Func<DeploymentSpec, bool, DeploymentSpec>? send = null,
        Func<FireworksDeployment, bool?>? held = null, Func<DeploymentSpec, DeploymentInputs, DeploymentSpec>? reset = null) =>
        new DeploymentProperty<bool>(name, change, get, set, (r, n) => r.Boolean(n), InputWriter.Flag)
        {
            Send = send,
            Reset = reset,
            Held = held is null ? null : d => held(d) is { } value ? Known<bool>.Of(value) : null,
        };

    /// <summary>proto3 JSON leaves empty strings out; an empty value says nothing about what the user declared.</summary>
    private static Known<string>? Known(string? value) => string.IsNullOrEmpty(value) ? null : Known<string>.Of(value);

    private static Known<IReadOnlyList<string>>? List(IReadOnlyList<string>? values) =>
        values is { Count: > 0 } ? Known<IReadOnlyList<string>>.Of([.. values]) : null;
}
