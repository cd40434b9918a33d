namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// The request budget learned from 429s when none was told (or when the told one proved too high, e.g. because
/// something else spends the same account's budget). A 429 that the requests we had in the window explain sets it to
/// the number the service accepted; each full window in which callers were held back by it and no 429 came grows it
/// by 5% (at least one request), until it reaches the cap and is forgotten. Not thread-safe: the gate locks.
/// </summary>
internal sealed class LearnedBudget(int minimum, TimeSpan window)
{
    private const double GrowthFactor = 0.05;
    private double value;
    private TimeSpan changedAt;
    private bool heldBack;

    /// <summary>The learned budget; null while nothing is learned (or it grew back to the cap).</summary>
    public int? Value { get; private set; }

    /// <summary>A caller waited because the learned budget was spent: evidence that growing is worth a try.</summary>
    public void NoteHeldBack() => heldBack = true;

    /// <summary>The service throttled us while it had accepted <paramref name="accepted"/> of our requests in the window.</summary>
    public void Learn(int accepted, TimeSpan now)
    {
        value = Math.Max(minimum, accepted);
        Value = (int)value;
        changedAt = now;
        heldBack = false;
    }

    /// <summary>
    /// Grows the budget after a full window without a 429 in which it held callers back, counted from the later of its
    /// last change and <paramref name="quietSince"/> (when the gate last reopened: a closed gate tests no budget).
    /// </summary>
    public void Grow(TimeSpan now, int cap, TimeSpan quietSince)
    {
        if (Value is null || !heldBack || now - (quietSince > changedAt ? quietSince : changedAt) < window)
        {
            return;
        }

        value += Math.Max(1, value * GrowthFactor);
        changedAt = now;
        heldBack = false;
        Value = value >= cap ? null : (int)value;
    }
}
