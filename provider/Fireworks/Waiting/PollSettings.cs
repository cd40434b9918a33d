namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// How a wait polls, whatever it waits for. The default schedule polls at once, after 0.5 s, then every second for
/// the first <see cref="FastPhase"/> (a quick change is noticed within about a second), then backs off by 1.5× per
/// poll up to <see cref="MaxInterval"/> (a 30-minute wait costs about 140 requests).
/// </summary>
public record PollSettings
{
    /// <summary>Overall limit; past it the wait ends with a timeout. Default 60 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Delay before the second poll. Default 0.5 s.</summary>
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Interval during the fast phase. Default 1 s.</summary>
    public TimeSpan FastInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the fast phase lasts. Default 10 s.</summary>
    public TimeSpan FastPhase { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Growth factor of the interval after the fast phase. Default 1.5.</summary>
    public double BackoffFactor { get; init; } = 1.5;

    /// <summary>Longest interval between polls. Default 15 s.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Shortest interval between polls. Default 0. While the account's request budget is short, the rate gate
    /// stretches the interval to the waiter's share of it.
    /// </summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.Zero;
}
