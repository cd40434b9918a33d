namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>
/// The rate gate of one Fireworks account: every request of every client of the account (creates, polls, updates,
/// deletes, lookups, lists, the credential check, and every retry) passes it. Share one per base URL and account in a
/// process (<see cref="RequestRateLimiterRegistry"/>).
/// <list type="bullet">
/// <item>No 60-second window holds more requests than the budget: the lowest budget told by the clients sharing the
/// gate, else the documented ceiling, lowered by what the gate learned from 429s.</item>
/// <item>A 429 closes the gate for every caller until its <c>Retry-After</c> (5 s without one, 60 s at most); the
/// callers queued then resume one at a time, spread over the window.</item>
/// <item>Polls wait behind mutations and one-off reads and never take the last slots of the window.</item>
/// <item>Without a told budget, at most four requests are in flight until the first 429 taught the budget, so a
/// burst that meets the account's limit draws a handful of 429s, not one per request.</item>
/// </list>
/// </summary>
/// <remarks>
/// Written here rather than taken from System.Threading.RateLimiting: those limiters read the system clock and run
/// their own timers, while this one runs on an injected <see cref="TimeProvider"/> (tests drive it with a fake clock),
/// and they know neither Retry-After, priorities nor learning.
/// </remarks>
public sealed class RequestRateLimiter
{
    /// <summary>The service's window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Added to the window so a request never lands exactly on the service's window edge (a clock tick or a rounded
    /// timestamp apart). The round trip itself is covered by counting each request until a window after its answer.
    /// </summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the gate closes after a 429 that names no Retry-After.</summary>
    public static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(5);

    /// <summary>Longest pause honoured; a longer Retry-After is capped (the retry then asks again).</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(1);

    /// <summary>Requests in flight at once while the budget is neither told nor learned.</summary>
    public const int UnlearnedConcurrency = 4;

    // A Retry-After this much shorter than the wait our own window predicts is not explained by our requests.
    private static readonly TimeSpan RetryAfterTolerance = TimeSpan.FromSeconds(2);

    private readonly Lock sync = new();
    private readonly TimeProvider time;
    private readonly long origin;
    private readonly int ceiling;
    private readonly bool ceilingTold;
    private readonly List<int> told = [];
    private readonly SlidingWindow window = new(Window + SafetyMargin);
    private readonly LearnedBudget learned = new(FireworksClientOptions.MinRequestsPerMinute, Window);
    private readonly LinkedList<GateWaiter> mutations = new();
    private readonly LinkedList<GateWaiter> polls = new();
    private readonly Dictionary<Poller, TimeSpan> pollers = [];
    private TimeSpan pausedUntil;
    private bool spreadPending;
    private int spreadRemaining;
    private TimeSpan nextSpreadAt;
    private int epoch;
    private ITimer? timer;
    private TimeSpan? wakeAt;
    private bool pumping;
    private bool pumpAgain;

    /// <summary>A gate whose budget is the documented ceiling until clients claim theirs.</summary>
    public RequestRateLimiter(TimeProvider timeProvider)
        : this(null, timeProvider)
    {
    }

    /// <summary>
    /// A gate that never exceeds <paramref name="requestsPerMinute"/>, a budget told by whoever builds it; null: not
    /// told, the documented ceiling until clients claim theirs.
    /// </summary>
    /// <param name="requestsPerMinute">Ceiling of the budget, at least 1, or null.</param>
    /// <param name="timeProvider">Clock of the window, the pauses and the wake-ups.</param>
    public RequestRateLimiter(int? requestsPerMinute, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute ?? 1, 1, nameof(requestsPerMinute));
        ArgumentNullException.ThrowIfNull(timeProvider);
        time = timeProvider;
        origin = timeProvider.GetTimestamp();
        ceiling = requestsPerMinute ?? FireworksClientOptions.MaxRequestsPerMinute;
        ceilingTold = requestsPerMinute is not null;
    }

    /// <summary>The budget the gate applies now: told, learned, or the ceiling.</summary>
    public int RequestsPerMinute
    {
        get
        {
            lock (sync)
            {
                return Limit;
            }
        }
    }

    /// <summary>The budget learned from 429s, or null while none is learned.</summary>
    internal int? LearnedRequestsPerMinute
    {
        get
        {
            lock (sync)
            {
                return learned.Value;
            }
        }
    }

    private int Cap => told.Count > 0 ? Math.Min(ceiling, told.Min()) : ceiling;

    private int Limit => Math.Max(1, Math.Min(Cap, learned.Value ?? int.MaxValue));

    private bool IsUnlearned => told.Count == 0 && !ceilingTold && learned.Value is null;

    private TimeSpan Now => time.GetElapsedTime(origin);

    /// <summary>
    /// Registers a client's told budget (null: not told, nothing to register). While several are registered the
    /// lowest applies; disposing the claim withdraws it, so a reconfiguration applies to later requests.
    /// </summary>
    public IDisposable Claim(int? requestsPerMinute)
    {
        if (requestsPerMinute is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(requestsPerMinute));
            lock (sync)
            {
                told.Add(value);
            }
        }

        Pump();
        return new BudgetClaim(this, requestsPerMinute);
    }

    /// <summary>Waits until one more request (a mutation or one-off read) may be sent.</summary>
    internal ValueTask<RequestLease> AcquireAsync(CancellationToken cancellationToken = default) =>
        AcquireAsync(null, cancellationToken);

    /// <summary>Waits until one more request may be sent; with a <paramref name="poller"/> it is a poll.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; no slot was taken.</exception>
    internal async ValueTask<RequestLease> AcquireAsync(Poller? poller, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var waiter = new GateWaiter(poller);
        lock (sync)
        {
            waiter.Node = (poller is null ? mutations : polls).AddLast(waiter);
            if (poller is not null)
            {
                pollers[poller] = Now;
            }
        }

        Pump();
        if (waiter.Task.IsCompletedSuccessfully)
        {
            return waiter.Task.Result;
        }

        using (cancellationToken.Register(() => Abandon(waiter, cancellationToken)))
        {
            return await waiter.Task.ConfigureAwait(false);
        }
    }

    internal void Withdraw(int? requestsPerMinute)
    {
        if (requestsPerMinute is { } value)
        {
            lock (sync)
            {
                told.Remove(value);
            }
        }

        Pump();
    }

    /// <summary>Counts a request in the window once answered; a 429 closes the gate and may teach the budget.</summary>
    internal void Finish(RequestLease lease, HttpResponseMessage? response)
    {
        lock (sync)
        {
            var now = Now;
            if (response is not { StatusCode: System.Net.HttpStatusCode.TooManyRequests })
            {
                window.Finish(now, accepted: response is not null);
            }
            else
            {
                window.Finish(now, accepted: false);
                Throttled(lease, RetryAfter.From(response, time.GetUtcNow()), now);
            }
        }

        Pump();
    }

    private void Throttled(RequestLease lease, TimeSpan? retryAfter, TimeSpan now)
    {
        var pause = retryAfter is { } asked ? (asked > MaxPause ? MaxPause : asked) : DefaultPause;
        if (now + pause > pausedUntil)
        {
            pausedUntil = now + pause;
        }

        spreadPending = true;
        if (lease.Epoch != epoch)
        {
            // Sent before the gate reacted to an earlier 429 of the same burst: nothing new to learn.
            return;
        }

        epoch++;
        var accepted = window.Accepted(now);
        var oldestLeavesAt = window.OldestAcceptedLeavesAt(now);

        // A sliding window full of our requests frees its first slot when our oldest accepted request leaves it. A
        // Retry-After much shorter than that (an injected fault, another limit) says nothing about the budget.
        var explained = accepted > 0 && (retryAfter is null || oldestLeavesAt is null
            || retryAfter.Value + RetryAfterTolerance >= oldestLeavesAt.Value - SafetyMargin - now);
        if (explained)
        {
            learned.Learn(accepted, now);
        }
    }

    private void Abandon(GateWaiter waiter, CancellationToken cancellationToken)
    {
        bool removed;
        lock (sync)
        {
            removed = waiter.Node?.List is not null;
            if (removed)
            {
                waiter.Node!.List!.Remove(waiter.Node);
                waiter.Node = null;
            }
        }

        if (removed)
        {
            waiter.Cancel(cancellationToken);
            Pump();
        }
    }

    /// <summary>
    /// Grants what the budget allows. Completing a waiter runs its continuation inline, which may re-enter the gate;
    /// the re-entry only asks the running pump for another round, so grants never recurse.
    /// </summary>
    private void Pump()
    {
        lock (sync)
        {
            if (pumping)
            {
                pumpAgain = true;
                return;
            }

            pumping = true;
        }

        var granted = new List<(GateWaiter Waiter, RequestLease Lease)>();
        while (true)
        {
            lock (sync)
            {
                TakeGrantable(granted);
                if (granted.Count == 0)
                {
                    if (!pumpAgain)
                    {
                        pumping = false;
                        return;
                    }

                    pumpAgain = false;
                    continue;
                }
            }

            foreach (var (waiter, lease) in granted)
            {
                waiter.Grant(lease);
            }

            granted.Clear();
        }
    }

    private void TakeGrantable(List<(GateWaiter Waiter, RequestLease Lease)> granted)
    {
        var now = Now;
        learned.Grow(now, Cap, pausedUntil);
        while (true)
        {
            var queue = mutations.Count > 0 ? mutations : polls.Count > 0 ? polls : null;
            if (queue is null)
            {
                Wake(null, now);
                return;
            }

            var waiter = queue.First!.Value;
            if (!CanGrant(now, waiter.Poller is not null, out var retryAt))
            {
                Wake(retryAt, now);
                return;
            }

            queue.RemoveFirst();
            waiter.Node = null;
            window.Start();
            if (spreadRemaining > 0)
            {
                spreadRemaining--;
                nextSpreadAt = now + (Window / Limit);
            }

            if (waiter.Poller is { } poller)
            {
                Suggest(poller, now);
            }

            granted.Add((waiter, new RequestLease(this, epoch)));
        }
    }

    /// <summary>Whether the head of the queue may go now; if not, when to look again (null: at the next answer).</summary>
    private bool CanGrant(TimeSpan now, bool isPoll, out TimeSpan? retryAt)
    {
        if (now < pausedUntil)
        {
            retryAt = pausedUntil;
            return false;
        }

        if (spreadPending)
        {
            // The gate reopens after a 429: the callers queued now go one at a time, spread over the window.
            spreadPending = false;
            spreadRemaining = mutations.Count + polls.Count;
            nextSpreadAt = now;
        }

        if (spreadRemaining > 0 && now < nextSpreadAt)
        {
            retryAt = nextSpreadAt;
            return false;
        }

        var limit = Limit;
        if (window.Count(now) >= (isPoll ? limit - PollReserve(limit) : limit))
        {
            if (learned.Value is not null)
            {
                learned.NoteHeldBack();
            }

            retryAt = window.NextLeavesAt(now);
            return false;
        }

        if (IsUnlearned && window.InFlight >= UnlearnedConcurrency)
        {
            retryAt = null;
            return false;
        }

        retryAt = null;
        return true;
    }

    /// <summary>Slots of the window polls may not take, so a mutation finds one at once.</summary>
    private static int PollReserve(int limit) => limit <= 1 ? 0 : Math.Clamp(limit / 50, 1, limit - 1);

    /// <summary>
    /// While the budget is short (callers queue, or polls fill their part of the window), tells the poller the
    /// interval that gives every active poller an equal share of the window.
    /// </summary>
    private void Suggest(Poller poller, TimeSpan now)
    {
        pollers[poller] = now;
        foreach (var (other, seen) in pollers.ToList())
        {
            if (other.IsFinished || now - seen > Window)
            {
                pollers.Remove(other);
            }
        }

        var limit = Limit;
        var usable = Math.Max(1, limit - PollReserve(limit));
        var budgetShort = mutations.Count + polls.Count > 0 || window.Count(now) >= usable;
        poller.SuggestedInterval = budgetShort ? Window * pollers.Count / usable : TimeSpan.Zero;
    }

    private void Wake(TimeSpan? at, TimeSpan now)
    {
        if (at == wakeAt)
        {
            return;
        }

        wakeAt = at;
        if (at is not { } due)
        {
            timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var delay = due > now ? due - now : TimeSpan.FromTicks(1);
        if (timer is null)
        {
            timer = time.CreateTimer(static state => ((RequestRateLimiter)state!).OnTimer(), this, delay, Timeout.InfiniteTimeSpan);
        }
        else
        {
            timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        lock (sync)
        {
            wakeAt = null;
        }

        Pump();
    }
}
