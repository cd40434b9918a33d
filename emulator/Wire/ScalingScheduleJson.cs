namespace Fireworks.Emulator.Wire;

/// <summary>A cron-driven minimum replica count (4.259.0 <c>ScalingSchedule</c>).</summary>
internal sealed class ScalingScheduleJson
{
    public int? MinReplicaCount { get; set; }
    public string? Schedule { get; set; }
    public string? Duration { get; set; }
    public string? Timezone { get; set; }
    public string? Description { get; set; }
    public bool? Disabled { get; set; }
}
