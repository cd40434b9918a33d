using System.Net.Http.Headers;
using System.Text;
using Fireworks.Emulator;

namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// Calls a direct route the way a client of the consumer's output does, but through the emulator: the handle in
/// the output URL does not resolve in DNS, so the request goes to the emulator's address with the handle as
/// <c>Host</c> (the emulator serves the data plane for any <c>*.direct.fireworks.ai</c> host).
/// </summary>
internal static class DirectRoute
{
    public static async Task<(int Status, string Body)> ChatAsync(FireworksEmulator emulator, Uri chatCompletionsUrl, string routeKey)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, chatCompletionsUrl.PathAndQuery.TrimStart('/'))
        {
            Content = new StringContent("""{"model":"any","messages":[{"role":"user","content":"Hello"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = chatCompletionsUrl.Host;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", routeKey);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
