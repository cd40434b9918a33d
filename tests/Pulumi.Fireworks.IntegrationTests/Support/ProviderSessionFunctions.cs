using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Text;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>Invoke as the engine sends it, and deployments made behind the provider's back (REST on the emulator).</summary>
internal static class ProviderSessionFunctions
{
    public static async Task<(ImmutableDictionary<string, PropertyValue> Result, IReadOnlyList<CheckFailure> Failures)> InvokeAsync(
        this ProviderSession session, string token, ImmutableDictionary<string, PropertyValue> args)
    {
        var response = await session.Client.InvokeAsync(new InvokeRequest { Tok = token, Args = PropertyValueCodec.EncodeMap(args) });
        return (PropertyValueCodec.DecodeMap(response.Return), response.Failures);
    }

    /// <summary>Creates a deployment with one REST call (no wait), as another tool or person would.</summary>
    public static async Task CreateDirectlyAsync(this ProviderSession session, string deploymentId, string displayName = "made elsewhere")
    {
        using var http = Http(session);
        var body = $$"""{"baseModel":"{{ProviderSession.Model}}","acceleratorType":"NVIDIA_H100_80GB","displayName":"{{displayName}}"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        (await http.PostAsync($"v1/accounts/{session.Emulator.AccountId}/deployments?deploymentId={deploymentId}", content))
            .EnsureSuccessStatusCode();
    }

    /// <summary>A soft delete (the deployment stays listed with showDeleted).</summary>
    public static async Task SoftDeleteDirectlyAsync(this ProviderSession session, string deploymentId)
    {
        using var http = Http(session);
        (await http.DeleteAsync($"v1/accounts/{session.Emulator.AccountId}/deployments/{deploymentId}")).EnsureSuccessStatusCode();
    }

    private static HttpClient Http(ProviderSession session)
    {
        var http = new HttpClient { BaseAddress = session.Emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Emulator.ApiKey);
        return http;
    }
}
