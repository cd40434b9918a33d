using Grpc.Core;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using static Pulumi.Fireworks.IntegrationTests.Support.ProviderSession;

namespace Pulumi.Fireworks.IntegrationTests.Plugin;

/// <summary>Configure checks the key against the emulator, so a bad key stops a preview before any deployment call.</summary>
public sealed class ConfigureCredentialsTests
{
    private const string WrongKey = "fw-not-the-emulator-key";

    private static ConfigureRequest Configure(string apiKey, string accountId, Uri baseUrl) => new()
    {
        Args = PropertyValueCodec.EncodeMap(Props(
            ("apiKey", PropertyValue.CreateSecret(PropertyValue.Create(apiKey))),
            ("accountId", accountId),
            ("baseUrl", baseUrl.ToString().TrimEnd('/')))),
        AcceptSecrets = true,
        AcceptResources = true,
    };

    [Fact]
    public async Task Configure_ValidKey_ChecksTheAccountOnce()
    {
        await using var session = await StartAsync();
        session.Emulator.ClearRequestLog();

        await session.Client.ConfigureAsync(Configure(session.Emulator.ApiKey, session.Emulator.AccountId, session.Emulator.BaseUrl));

        var check = Assert.Single(session.Emulator.GetRequestLog());
        Assert.Equal(("GET", $"/v1/accounts/{session.Emulator.AccountId}", 200), (check.Method, check.Path, check.Status));
    }

    [Fact]
    public async Task Configure_WrongKey_IsUnauthenticatedWithoutQuotingTheKey()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await session.Client.ConfigureAsync(Configure(WrongKey, session.Emulator.AccountId, session.Emulator.BaseUrl)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("fireworks:apiKey", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_AnotherAccount_StillConfiguresAndLeavesTheVerdictToDeploymentCalls()
    {
        await using var session = await StartAsync();

        await session.Client.ConfigureAsync(Configure(session.Emulator.ApiKey, "another-account", session.Emulator.BaseUrl));

        var warning = Assert.Single(session.Engine.Logs, log => log.Severity == LogSeverity.Warning);
        Assert.Contains("'another-account'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("fireworks:accountId", warning.Message, StringComparison.Ordinal);
    }
}
