using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>
/// One <c>GET /v1/accounts/{accountId}</c> during Configure. Only a 401 (the key is not valid) fails Configure: a
/// 403 or 404 may come from a key that can manage deployments but not read the account, so it is a warning, and an
/// unreachable or slow service is left to the first real call (Configure also runs for previews).
/// </summary>
public static class FireworksCredentialCheck
{
    /// <summary>How long the check may take; a single attempt, no retries.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(IAccountsApi accounts, ProviderConfiguration configuration, IEngineLog log,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(log);
        var apiKey = ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey);
        var accountId = ConfigurationKeys.StackConfigName(ConfigurationKeys.AccountId);
        try
        {
            await accounts.GetAccountAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (FireworksException exception) when (exception.Status == 401)
        {
            throw new ProviderErrorException(ProviderErrorCode.Unauthenticated,
                $"Fireworks rejected the API key (HTTP 401 {exception.ErrorCode}): set a valid key with " +
                $"`pulumi config set --secret {apiKey} <key>` or the {ConfigurationKeys.ApiKeyVariable} environment variable",
                exception);
        }
        catch (FireworksException exception) when (exception.Status is 403 or 404)
        {
            await log.LogAsync(LogSeverity.Warning,
                $"the API key cannot read account '{configuration.AccountId}' (HTTP {exception.Status}); check `{accountId}`. " +
                "Deployment calls will tell whether the key may manage deployments there",
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            await log.LogAsync(LogSeverity.Debug,
                $"could not check the Fireworks credentials ({exception.GetType().Name}); they are checked by the first call",
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
