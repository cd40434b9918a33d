using System.Text;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>
/// Plays a client built against a newer API: adds a field the emulator does not know to every JSON request body,
/// so the test can see how the client surfaces the service's strict rejection.
/// </summary>
internal sealed class EmulatorUnknownFieldHandler(string field) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            var json = await content.ReadAsStringAsync(cancellationToken);
            var patched = "{\"" + field + "\":true," + json.TrimStart()[1..];
            request.Content = new StringContent(patched, Encoding.UTF8, "application/json");
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
