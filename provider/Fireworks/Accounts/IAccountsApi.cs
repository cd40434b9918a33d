
namespace Pulumi.Fireworks.Provider.Fireworks.Accounts;

/// <summary>Account operations, used to check credentials during provider configuration.</summary>
public interface IAccountsApi
{
    /// <summary>Reads the configured account (<c>GET /v1/accounts/{account}</c>); 401/403/404 throw.</summary>
    Task<Account> GetAccountAsync(CancellationToken cancellationToken = default);
}
