using Moq;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Plugin;

public sealed class FireworksCredentialCheckTests
{
    private const string ApiKey = "fw-credential-check-key";

    private static readonly ProviderConfiguration Configuration = new(ApiKey, "acme", ProviderConfiguration.DefaultBaseUrl,
        ProviderConfiguration.DefaultRequestTimeout, 5, 6000);

    private readonly LifecycleLog _log = new();

    private static IAccountsApi Accounts(Exception? failure)
    {
        var accounts = new Mock<IAccountsApi>();
        var setup = accounts.Setup(a => a.GetAccountAsync(It.IsAny<CancellationToken>()));
        if (failure is null)
        {
            setup.ReturnsAsync(new Account { Name = "accounts/acme" });
        }
        else
        {
            setup.ThrowsAsync(failure);
        }

        return accounts.Object;
    }

    [Fact]
    public async Task Run_AccountReadable_PassesQuietly()
    {
        await FireworksCredentialCheck.RunAsync(Accounts(null), Configuration, _log, CancellationToken.None);

        Assert.Empty(_log.Messages);
    }

    [Fact]
    public async Task Run_KeyRejected_FailsNamingTheConfigKeyAndVariableButNotTheKey()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => FireworksCredentialCheck.RunAsync(
            Accounts(FakeDeploymentsApi.Error("get account accounts/acme", 401, "UNAUTHENTICATED")), Configuration, _log,
            CancellationToken.None));

        Assert.Equal(ProviderErrorCode.Unauthenticated, error.Code);
        Assert.Contains("fireworks:apiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("FIREWORKS_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, "PERMISSION_DENIED")]
    [InlineData(404, "NOT_FOUND")]
    public async Task Run_AccountNotReadable_WarnsNamingTheAccountAndGoesOn(int status, string code)
    {
        await FireworksCredentialCheck.RunAsync(Accounts(FakeDeploymentsApi.Error("get account accounts/acme", status, code)),
            Configuration, _log, CancellationToken.None);

        var warning = Assert.Single(_log.Messages);
        Assert.Equal(LogSeverity.Warning, warning.Severity);
        Assert.Contains("'acme'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("fireworks:accountId", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServiceUnreachable_LeavesTheCheckToTheFirstCall()
    {
        await FireworksCredentialCheck.RunAsync(Accounts(new HttpRequestException("connection refused")), Configuration, _log,
            CancellationToken.None);

        Assert.Equal(LogSeverity.Debug, Assert.Single(_log.Messages).Severity);
    }

    [Fact]
    public async Task Run_Cancelled_IsNotSwallowed()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FireworksCredentialCheck.RunAsync(
            Accounts(new OperationCanceledException(cancelled.Token)), Configuration, _log, cancelled.Token));
    }
}
