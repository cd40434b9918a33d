using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Accounts;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Builds a <see cref="FireworksClient"/> over a stub handler and a fake clock.</summary>
internal static class FireworksTestClient
{
    public const string ApiKey = "fw_TESTKEY1234567890";
    public const string Account = "acme";

    public static FireworksClient Create(
        StubHttpHandler handler,
        FakeTimeProvider time,
        int maxRetries = 5,
        int requestsPerMinute = 6000,
        TimeSpan? attemptTimeout = null,
        TimeSpan? totalTimeout = null) =>
        new(new FireworksClientOptions
        {
            BaseUrl = new Uri("http://fireworks.test"),
            ApiKey = ApiKey,
            AccountId = Account,
            Transport = handler,
            TimeProvider = time,
            Randomizer = () => 0.5,
            MaxRetries = maxRetries,
            RequestsPerMinute = requestsPerMinute,
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(60),
            TotalTimeout = totalTimeout ?? TimeSpan.FromMinutes(5),
        });
}
