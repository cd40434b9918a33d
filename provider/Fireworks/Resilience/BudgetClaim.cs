namespace Pulumi.Fireworks.Provider.Fireworks.Resilience;

/// <summary>A budget claimed on a gate by one client (null: none was told); disposing it withdraws the budget.</summary>
internal sealed class BudgetClaim(RequestRateLimiter gate, int? requestsPerMinute) : IDisposable
{
    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            gate.Withdraw(requestsPerMinute);
        }
    }
}
