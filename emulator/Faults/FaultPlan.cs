namespace Fireworks.Emulator.Faults;

/// <summary>What to do to one request, decided when it arrives.</summary>
internal sealed record FaultPlan(TimeSpan Latency, bool DropConnection, int? Status, int? RetryAfterSeconds)
{
    public static readonly FaultPlan None = new(TimeSpan.Zero, false, null, null);
}
