namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// The <c>timeout</c> of Create, Update and Delete: <c>customTimeouts</c> in seconds, as a double. Zero, negative,
/// NaN and infinite mean "not set: use the provider's default". Larger values are clamped to <see cref="Maximum"/>.
/// </summary>
/// <remarks>
/// The engine's own bound is Go's largest <c>time.Duration</c> (about 9.2e9 s, 292 years): it parses
/// <c>customTimeouts</c> with <c>time.ParseDuration</c> and sends <c>Seconds()</c>. That fits a
/// <see cref="TimeSpan"/> but not what is done with a timeout downstream: <c>Task.Delay</c> and
/// <c>CancelAfter</c> refuse more than about 49.7 days, and a timeout added to a <c>Stopwatch</c> timestamp
/// (nanoseconds) overflows past 292 years minus the uptime. Seven days is far beyond any Fireworks operation (a
/// create waits one hour by default) and stays clear of every such limit, so nothing downstream can overflow.
/// </remarks>
public static class EngineTimeout
{
    /// <summary>The longest timeout passed on: 7 days.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(7);

    /// <summary>The timeout for <paramref name="seconds"/>, or null for "use the provider's default".</summary>
    public static TimeSpan? FromSeconds(double seconds)
    {
        if (!(seconds > 0) || double.IsPositiveInfinity(seconds))
        {
            return null;
        }

        if (seconds >= Maximum.TotalSeconds)
        {
            return Maximum;
        }

        // A positive timeout below one tick (Go's "1ns") stays positive rather than turning into zero.
        return TimeSpan.FromTicks(Math.Max(1L, (long)Math.Ceiling(seconds * TimeSpan.TicksPerSecond)));
    }
}
