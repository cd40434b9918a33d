namespace Fireworks.Emulator.Faults;

/// <summary>A fault rule and how many more requests it may hit (null = unlimited). Guarded by the injector's lock.</summary>
internal sealed class ActiveFault(FaultRule rule)
{
    public FaultRule Rule { get; } = rule;

    public int? Remaining { get; private set; } = rule.Count;

    public bool IsExhausted => Remaining <= 0;

    public bool Matches(string method, string path) =>
        (Rule.Method is null || string.Equals(Rule.Method, method, StringComparison.OrdinalIgnoreCase))
        && (Rule.PathContains is null || path.Contains(Rule.PathContains, StringComparison.Ordinal));

    public void Consume()
    {
        if (Remaining is { } remaining)
        {
            Remaining = remaining - 1;
        }
    }
}
