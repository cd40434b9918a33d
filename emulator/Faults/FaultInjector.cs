namespace Fireworks.Emulator.Faults;

/// <summary>The active fault rules and the request-rate budget; thread-safe.</summary>
internal sealed class FaultInjector
{
    private readonly Lock gate = new();
    private readonly List<ActiveFault> faults = [];
    private SlidingWindowRateLimiter? rateLimiter;
    private int delaysStarted;

    /// <summary>How many injected delays have begun (lets tests wait for a delayed request deterministically).</summary>
    public int DelaysStarted => Volatile.Read(ref delaysStarted);

    public void NoteDelayStarted() => Interlocked.Increment(ref delaysStarted);

    /// <summary>Validates and activates a rule.</summary>
    /// <exception cref="ArgumentException">The rule sets no fault or several, or a value is out of range.</exception>
    public void Add(FaultRule rule)
    {
        Validate(rule);
        lock (gate)
        {
            if (rule.RequestsPerMinute is { } limit)
            {
                rateLimiter = new SlidingWindowRateLimiter(limit);
                return;
            }

            faults.Add(new ActiveFault(rule));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            faults.Clear();
            rateLimiter = null;
        }
    }

    /// <summary>The rules still active, the rate limit included (as a rule).</summary>
    public List<FaultRule> Snapshot()
    {
        lock (gate)
        {
            faults.RemoveAll(f => f.IsExhausted);
            var rules = faults.Select(f => f.Rule with { Count = f.Remaining }).ToList();
            if (rateLimiter is not null)
            {
                rules.Add(new FaultRule { RequestsPerMinute = rateLimiter.RequestsPerMinute });
            }

            return rules;
        }
    }

    /// <summary>Decides the latency, drop and status faults of an arriving request, consuming their counts.</summary>
    public FaultPlan Plan(string method, string path)
    {
        lock (gate)
        {
            var latency = Take(method, path, r => r.LatencyMs is not null);
            var drop = Take(method, path, r => r.DropConnection == true);
            var status = drop is null ? Take(method, path, r => r.Status is not null) : null;
            if (latency is null && drop is null && status is null)
            {
                return FaultPlan.None;
            }

            return new FaultPlan(
                TimeSpan.FromMilliseconds(latency?.LatencyMs ?? 0),
                drop is not null,
                status?.Status,
                status?.RetryAfterSeconds);
        }
    }

    public bool TryAcquireRate(DateTimeOffset now, out int retryAfterSeconds)
    {
        lock (gate)
        {
            retryAfterSeconds = 0;
            return rateLimiter is null || rateLimiter.TryAcquire(now, out retryAfterSeconds);
        }
    }

    public bool HasCommitThenDrop(string kind, string method, string path)
    {
        lock (gate)
        {
            return faults.Any(f => !f.IsExhausted && f.Rule.CommitThenDrop == kind && f.Matches(method, path));
        }
    }

    /// <summary>Consumes one "commit then drop" hit for an operation that has just succeeded.</summary>
    public bool TryConsumeCommitThenDrop(string kind, string method, string path) =>
        Take(method, path, r => r.CommitThenDrop == kind) is not null;

    private FaultRule? Take(string method, string path, Func<FaultRule, bool> kind)
    {
        lock (gate)
        {
            var fault = faults.FirstOrDefault(f => !f.IsExhausted && kind(f.Rule) && f.Matches(method, path));
            fault?.Consume();
            return fault?.Rule;
        }
    }

    private static void Validate(FaultRule rule)
    {
        var kinds = (rule.Status is not null ? 1 : 0) + (rule.LatencyMs is not null ? 1 : 0) + (rule.DropConnection == true ? 1 : 0)
            + (rule.CommitThenDrop is not null ? 1 : 0) + (rule.RequestsPerMinute is not null ? 1 : 0);
        if (kinds != 1)
        {
            throw new ArgumentException("a fault rule sets exactly one of status, latencyMs, dropConnection, commitThenDrop, requestsPerMinute", nameof(rule));
        }

        if (rule.Status is { } status && (status < 400 || status > 599))
        {
            throw new ArgumentException("status must be an HTTP error status (400-599)", nameof(rule));
        }

        if (rule.RetryAfterSeconds is not null && rule.Status is null || rule.RetryAfterSeconds < 0)
        {
            throw new ArgumentException("retryAfterSeconds needs a status and must not be negative", nameof(rule));
        }

        if (rule.LatencyMs < 0 || rule.Count < 0 || rule.RequestsPerMinute < 1)
        {
            throw new ArgumentException("latencyMs and count must not be negative; requestsPerMinute must be positive", nameof(rule));
        }

        if (rule.CommitThenDrop is { } kind && !OperationKind.IsKnown(kind))
        {
            throw new ArgumentException("commitThenDrop must be create, update or delete", nameof(rule));
        }
    }
}
