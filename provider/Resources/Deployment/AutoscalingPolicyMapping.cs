using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The <c>autoscalingPolicy</c> input between property maps, typed inputs and the wire model.</summary>
public static class AutoscalingPolicyMapping
{
    public static ImmutableArray<string> Fields { get; } =
        [Names.ScaleUpWindow, Names.ScaleDownWindow, Names.ScaleToZeroWindow, Names.LoadTargets, Names.ScalingSchedules];

    public static ImmutableArray<string> ScheduleFields { get; } =
        [Names.MinReplicaCount, Names.Schedule, Names.Duration, Names.Timezone, Names.Description, Names.Disabled];

    public static Known<AutoscalingPolicyInput>? Read(InputReader reader, string name) =>
        reader.Object(name, Fields, policy => new AutoscalingPolicyInput
        {
            ScaleUpWindow = policy.Duration(Names.ScaleUpWindow),
            ScaleDownWindow = policy.Duration(Names.ScaleDownWindow),
            ScaleToZeroWindow = policy.Duration(Names.ScaleToZeroWindow),
            LoadTargets = policy.NumberMap(Names.LoadTargets),
            ScalingSchedules = policy.ObjectMap(Names.ScalingSchedules, ScheduleFields, schedule => new ScalingScheduleInput
            {
                MinReplicaCount = schedule.Integer(Names.MinReplicaCount),
                Schedule = schedule.String(Names.Schedule),
                Duration = schedule.Duration(Names.Duration),
                Timezone = schedule.String(Names.Timezone),
                Description = schedule.String(Names.Description),
                Disabled = schedule.Boolean(Names.Disabled),
            }),
        });

    public static PropertyValue Write(AutoscalingPolicyInput policy) => PropertyValue.CreateMap(new InputWriter()
        .Add(Names.ScaleUpWindow, policy.ScaleUpWindow, InputWriter.Duration)
        .Add(Names.ScaleDownWindow, policy.ScaleDownWindow, InputWriter.Duration)
        .Add(Names.ScaleToZeroWindow, policy.ScaleToZeroWindow, InputWriter.Duration)
        .Add(Names.LoadTargets, policy.LoadTargets, InputWriter.NumberMap)
        .Add(Names.ScalingSchedules, policy.ScalingSchedules, InputWriter.MapOf<ScalingScheduleInput>(WriteSchedule))
        .Build());

    public static AutoscalingPolicy ToWire(AutoscalingPolicyInput policy) => new()
    {
        ScaleUpWindow = Duration(policy.ScaleUpWindow),
        ScaleDownWindow = Duration(policy.ScaleDownWindow),
        ScaleToZeroWindow = Duration(policy.ScaleToZeroWindow),
        LoadTargets = Value(policy.LoadTargets),
        ScalingSchedules = Value(policy.ScalingSchedules)?.ToImmutableDictionary(entry => entry.Key, entry => new ScalingSchedule
        {
            MinReplicaCount = Number(entry.Value.MinReplicaCount),
            Schedule = Value(entry.Value.Schedule),
            Duration = Duration(entry.Value.Duration),
            Timezone = Value(entry.Value.Timezone),
            Description = Value(entry.Value.Description),
            Disabled = Number(entry.Value.Disabled),
        }, StringComparer.Ordinal),
    };

    /// <summary>The policy as the service holds it; null when the service reports none (or an empty one).</summary>
    public static Known<AutoscalingPolicyInput>? FromWire(AutoscalingPolicy? policy)
    {
        if (policy is null)
        {
            return null;
        }

        var input = new AutoscalingPolicyInput
        {
            ScaleUpWindow = Duration(policy.ScaleUpWindow),
            ScaleDownWindow = Duration(policy.ScaleDownWindow),
            ScaleToZeroWindow = Duration(policy.ScaleToZeroWindow),
            LoadTargets = policy.LoadTargets is { Count: > 0 } targets
                ? Known<IReadOnlyDictionary<string, double>>.Of(targets.ToImmutableDictionary(StringComparer.Ordinal))
                : null,
            ScalingSchedules = policy.ScalingSchedules is { Count: > 0 } schedules
                ? Known<IReadOnlyDictionary<string, ScalingScheduleInput>>.Of(schedules.ToImmutableDictionary(
                    entry => entry.Key, entry => FromWire(entry.Value), StringComparer.Ordinal))
                : null,
        };
        return input == new AutoscalingPolicyInput() ? null : Known<AutoscalingPolicyInput>.Of(input);
    }

    private static ScalingScheduleInput FromWire(ScalingSchedule schedule) => new()
    {
        MinReplicaCount = schedule.MinReplicaCount is { } min ? Known<int>.Of(min) : null,
        Schedule = Text(schedule.Schedule),
        Duration = Duration(schedule.Duration),
        Timezone = Text(schedule.Timezone),
        Description = Text(schedule.Description),
        Disabled = schedule.Disabled is { } disabled ? Known<bool>.Of(disabled) : null,
    };

    private static PropertyValue WriteSchedule(ScalingScheduleInput schedule) => PropertyValue.CreateMap(new InputWriter()
        .Add(Names.MinReplicaCount, schedule.MinReplicaCount, InputWriter.Integer)
        .Add(Names.Schedule, schedule.Schedule, InputWriter.Text)
        .Add(Names.Duration, schedule.Duration, InputWriter.Duration)
        .Add(Names.Timezone, schedule.Timezone, InputWriter.Text)
        .Add(Names.Description, schedule.Description, InputWriter.Text)
        .Add(Names.Disabled, schedule.Disabled, InputWriter.Flag)
        .Build());

    private static string? Duration(Known<TimeSpan>? value) => value is { IsKnown: true } ? DurationText.Format(value.Value) : null;

    private static Known<TimeSpan>? Duration(string? text) =>
        text is not null && DurationText.TryParse(text, out var duration) ? Known<TimeSpan>.Of(duration) : null;

    private static Known<string>? Text(string? value) => string.IsNullOrEmpty(value) ? null : Known<string>.Of(value);

    private static T? Value<T>(Known<T>? value)
        where T : class =>
        value is { IsKnown: true } ? value.Value : null;

    private static T? Number<T>(Known<T>? value)
        where T : struct =>
        value is { IsKnown: true } ? value.Value : null;
}
