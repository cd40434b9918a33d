using Pulumi.Fireworks.Provider.Fireworks.Http;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Fireworks.Accounts;

/// <summary>The accounts API of one <see cref="FireworksClient"/>.</summary>
public sealed class AccountsClient : IAccountsApi
{
    private readonly FireworksChannel channel;

    internal AccountsClient(FireworksChannel channel)
    {
        this.channel = channel;
    }

    /// <inheritdoc/>
    public async Task<Account> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        var operation = "get account accounts/" + channel.AccountId;
        using var result = await channel.Transport.SendAsync(HttpMethod.Get, "v1/accounts/" + Uri.EscapeDataString(channel.AccountId), null, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw await FireworksTransport.ErrorAsync(result.Response, operation, channel.Redactor, cancellationToken).ConfigureAwait(false);
        }

        return await FireworksTransport.ReadAsync(result.Response, FireworksJsonContext.Default.Account, operation, cancellationToken).ConfigureAwait(false);
    }
}
