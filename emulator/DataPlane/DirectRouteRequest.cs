using Fireworks.Emulator.State;

namespace Fireworks.Emulator.DataPlane;

/// <summary>
/// Recognises data-plane requests: either <c>Host: &lt;handle&gt;</c> where the host ends with
/// <c>.direct.fireworks.ai</c>, or the path prefix <c>/direct/&lt;handle&gt;/…</c> for clients that cannot set Host.
/// </summary>
internal sealed record DirectRouteRequest(string Handle, string Path)
{
    public const string PathPrefix = "/direct";

    public static DirectRouteRequest? From(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(PathPrefix, out var rest) && rest.HasValue)
        {
            var value = rest.Value!;
            var slash = value.IndexOf('/', 1);
            return slash < 0
                ? new DirectRouteRequest(value[1..], "/")
                : new DirectRouteRequest(value[1..slash], value[slash..]);
        }

        var host = request.Host.Host;
        return host.EndsWith(DirectRouteHandles.InternetSuffix, StringComparison.OrdinalIgnoreCase)
            ? new DirectRouteRequest(host, request.Path.Value ?? "/")
            : null;
    }
}
