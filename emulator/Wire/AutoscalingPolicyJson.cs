namespace Fireworks.Emulator.Wire;

/// <summary>Autoscaling windows (proto-JSON durations such as <c>"300s"</c>), load targets and scaling schedules.</summary>
internal sealed class AutoscalingPolicyJson
{
    public string? ScaleUpWindow { get; set; }
    public string? ScaleDownWindow { get; set; }
    public string? ScaleToZeroWindow { get; set; }
    public Dictionary<string, double>? LoadTargets { get; set; }
    public Dictionary<string, ScalingScheduleJson>? ScalingSchedules { get; set; }
}
